package org.pilotbridge.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The pictures of link previews ({@code /cards/…}, with or without a language prefix) are
 * public and the same for everyone: a chain of their own, ahead of the application's,
 * lets anyone read them and never creates or reads a session, so that a crawler fetching
 * thousands of them leaves nothing in memory and every answer can be cached by proxies.
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
@Configuration(proxyBeanMethods = false)
class PreviewCardSecurity {

	static final String[] PATHS = { "/cards/**", "/fr/cards/**", "/nl/cards/**", "/de/cards/**" };

	@Bean
	@Order(0)
	SecurityFilterChain previewCards(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

}
