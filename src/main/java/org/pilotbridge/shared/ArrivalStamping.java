package org.pilotbridge.shared;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link ArrivalStampFilter} first of all filters, for every request and
 * dispatch, so that no queue of the application (Spring Security, Vaadin's session lock,
 * the write permits, a row lock) comes before the stamp.
 */
@Configuration(proxyBeanMethods = false)
class ArrivalStamping {

	@Bean
	FilterRegistrationBean<ArrivalStampFilter> arrivalStampFilter(Clock clock) {
		var registration = new FilterRegistrationBean<>(new ArrivalStampFilter(clock));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("arrivalStampFilter");
		return registration;
	}

}
