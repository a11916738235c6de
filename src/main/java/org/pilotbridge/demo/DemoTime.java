package org.pilotbridge.demo;

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
	DemoClock demoClock() {
		return new DemoClock();
	}

}
