package org.pilotbridge.demo;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.EventBacklog;

@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
@ConditionalOnExpression("${pilotbridge.demo.enabled:false} or ${pilotbridge.volume.enabled:false}")
class DemoTime {

	@Bean
	@Primary
	DemoClock demoClock(@Qualifier(DemoClock.BASE) ObjectProvider<Clock> base, ObjectProvider<EventBacklog> events) {
		return new DemoClock(base.getIfAvailable(Clock::systemUTC), () -> events.getObject().pending());
	}

}
