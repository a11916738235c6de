package org.pilotbridge.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import org.pilotbridge.identity.PersonSessions;
import org.pilotbridge.identity.provider.LocalClient;

/**
 * Security of the application itself (after the provider's chains): public resources,
 * OpenID Connect sign-in with any configured provider, Vaadin's view access control,
 * revocation of sessions, and the security headers. Services check object-level rights
 * themselves; {@code @PreAuthorize} and {@code @RolesAllowed} guard the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ApplicationSecurity {

	private static final Logger log = LoggerFactory.getLogger(ApplicationSecurity.class);

	static final String SIGN_IN_PAGE = "/sign-in";

	@Bean
	@Order(3)
	SecurityFilterChain application(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> personSignIn,
			PersonSessions sessions) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			// Metrics only for the scraper (MetricsSecurity); the other actuator
			// endpoints are not exposed.
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/images/**", "/styles/**", "/lumo/**", "/error")
			.permitAll()
			.requestMatchers("/proposals/**", "/evaluation-documents/**", "/procurement-files/**")
			.authenticated()
			// The open data: public API, its documentation, feeds and what search engines
			// read.
			.requestMatchers("/api/**", "/feeds/**", "/sitemap.xml", "/robots.txt")
			.permitAll());
		http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(personSignIn))
			.failureHandler((request, response, exception) -> {
				log.info("Sign-in failed: {} {}", exception.getClass().getSimpleName(),
						exception instanceof OAuth2AuthenticationException oauth ? oauth.getError()
								: exception.getMessage());
				var deactivated = exception instanceof OAuth2AuthenticationException oauth
						&& "account_deactivated".equals(oauth.getError().getErrorCode());
				response
					.sendRedirect(request.getContextPath() + SIGN_IN_PAGE + (deactivated ? "?deactivated" : "?failed"));
			}));
		// Views are guarded by Vaadin's navigation access control, so that an unknown
		// address shows the not-found page to visitors too, instead of asking them to
		// sign in.
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.oauth2LoginPage(SIGN_IN_PAGE, "{baseUrl}/")
					.defaultSuccessUrl("/welcome")
					.anyRequest(request -> request.permitAll()));
		http.addFilterAfter(new SessionRevocationFilter(sessions), AnonymousAuthenticationFilter.class);
		http.headers(headers -> {
			// Written before Vaadin renders the page, which commits the response without
			// them otherwise.
			headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {

				@Override
				public <O extends HeaderWriterFilter> O postProcess(O filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}

			});
			headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.APPLICATION_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY));
		});
		return http.build();
	}

	@Bean
	ClientRegistrations clientRegistrations(LocalClient local, OAuth2ClientProperties properties) {
		return new ClientRegistrations(local, new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
	}

}
