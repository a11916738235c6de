package org.pilotbridge.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The metrics for Prometheus ({@code /actuator/prometheus}) are for the scraper only:
 * HTTP basic authentication as the user {@value #USER} with the password of
 * {@code pilotbridge.metrics.password}; without one, nobody reads them. No session is
 * made. Health, liveness and readiness stay public ({@link ApplicationSecurity}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSecurity.Settings.class)
class MetricsSecurity {

	static final String USER = "metrics";

	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, Settings settings, PasswordEncoder passwords) throws Exception {
		var scraper = new InMemoryUserDetailsManager();
		if (settings.password() != null && !settings.password().isBlank()) {
			scraper.createUser(
					User.withUsername(USER).password(passwords.encode(settings.password())).roles("METRICS").build());
		}
		var authentication = new DaoAuthenticationProvider(scraper);
		authentication.setPasswordEncoder(passwords);
		http.securityMatcher(EndpointRequest.to("prometheus"))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("METRICS"))
			.authenticationManager(new ProviderManager(authentication))
			.httpBasic(basic -> basic.realmName("Pilotbridge metrics"))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * @param password the password of the user {@value #USER}, with which the scraper
	 * reads the metrics; none means that nobody does
	 */
	@ConfigurationProperties("pilotbridge.metrics")
	record Settings(@Nullable String password) {
	}

}
