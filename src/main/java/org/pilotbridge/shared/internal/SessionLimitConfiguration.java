package org.pilotbridge.shared.internal;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link SessionLimit} as the session listener that counts live sessions and as
 * a filter in front of everything else that might create one (Spring Security, Vaadin).
 */
@Configuration(proxyBeanMethods = false)
class SessionLimitConfiguration {

	@Bean
	SessionLimit sessionLimit(SessionSettings settings,
			@Value("${server.servlet.session.timeout:30m}") Duration signedInTimeout, MessageSource messages) {
		return new SessionLimit(settings, signedInTimeout, messages);
	}

	@Bean
	ServletListenerRegistrationBean<SessionLimit> sessionCounting(SessionLimit limit) {
		return new ServletListenerRegistrationBean<>(limit);
	}

	@Bean
	FilterRegistrationBean<SessionLimit> sessionLimitFilter(SessionLimit limit) {
		var registration = new FilterRegistrationBean<>(limit);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
