package org.pilotbridge.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import org.pilotbridge.identity.PersonSessions;
import org.pilotbridge.shared.web.PublicSiteRequests;

/**
 * Security of the public site ({@link PublicSiteRequests}: its pages, the open data,
 * static files, the error page and every address nobody serves), after the provider's
 * chain of protocol endpoints and beside its account pages (order 2, which this chain
 * leaves alone), before the application's (order 3). It creates no session and no Vaadin
 * UI: nothing is saved in a session (no saved request, no security context, no CSRF token
 * for a visitor). A signed-in person's existing session is read, never created, so that
 * they see their account menu; a revoked session ends here too. Everything it serves is
 * readable by everyone, so every request is permitted; caching is decided by the pages
 * themselves (never {@code no-store} by default, never shared for a signed-in person),
 * and the security headers are the workspace's with a strict policy: the pages have no
 * inline script.
 *
 * @see "docs/decisions/DD021-20261207-public-site.md"
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain publicSite(HttpSecurity http, PublicSiteRequests requests, PersonSessions sessions)
			throws Exception {
		var existingSession = new HttpSessionSecurityContextRepository();
		existingSession.setAllowSessionCreation(false);
		existingSession.setDisableUrlRewriting(true);
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.securityMatcher(requests)
			.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.securityContext(context -> context.securityContextRepository(existingSession))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.csrfTokenRepository(new ExistingSessionCsrfTokenRepository()))
			.logout(logout -> logout.disable())
			.addFilterAfter(new SessionRevocationFilter(sessions), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(api),
						new ContentSecurityPolicyHeaderWriter(SecurityHeaders.PUBLIC_SITE_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(api,
						new ContentSecurityPolicyHeaderWriter(SecurityHeaders.APPLICATION_POLICY)))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY)));
		return http.build();
	}

}
