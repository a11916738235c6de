package org.pilotbridge.demo;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;

@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "pilotbridge.demo.enabled")
class DemoTime {

	@Bean
	@Primary
	DemoClock demoClock(@Qualifier(DemoClock.BASE) ObjectProvider<Clock> base) {
		return new DemoClock(base.getIfAvailable(Clock::systemUTC));
	}

}
