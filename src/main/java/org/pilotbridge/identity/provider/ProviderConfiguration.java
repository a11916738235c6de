package org.pilotbridge.identity.provider;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import org.pilotbridge.identity.internal.SecurityHeaders;
import org.pilotbridge.shared.PublicLinks;

/**
 * The built-in OpenID Connect provider: the protocol endpoints and the account pages
 * (sign-in, registration, address confirmation, password reset). It keeps its own
 * security context and saved request in the session, apart from the application's, so
 * that signing in here does not sign in to the application: that happens only through the
 * OpenID Connect flow.
 *
 * @see "docs/decisions/DD004-20261125-built-in-oidc-provider.md"
 */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

	static final String SECURITY_CONTEXT_KEY = "PILOTBRIDGE_PROVIDER_SECURITY_CONTEXT";

	static final String SAVED_REQUEST_KEY = "PILOTBRIDGE_PROVIDER_SAVED_REQUEST";

	static final String LOGIN_PAGE = "/account/login";

	@Bean
	@Order(1)
	SecurityFilterChain providerEndpoints(HttpSecurity http, LocalClient client,
			OAuth2AuthorizationService authorizations, LocalAccountService accounts, PublicLinks links)
			throws Exception {
		var provider = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(provider.getEndpointsMatcher())
			.with(provider,
					server -> server.registeredClientRepository(client)
						.authorizationService(authorizations)
						.authorizationEndpoint(endpoint -> endpoint
							.authenticationProviders(providers -> providers.stream()
								.filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
								.map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
								.forEach(p -> p.setAuthenticationValidator(new LocalRedirectUriValidator())))
							.errorResponseHandler(new AuthorizationErrors()))
						.oidc(oidc -> {
						}))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.securityContext(context -> context.securityContextRepository(securityContextRepository()))
			.requestCache(cache -> cache.requestCache(requestCache()))
			.addFilterAfter(new ProviderSessionRevocation(accounts), BasicAuthenticationFilter.class)
			// Right after Spring Security's own context of the provider, before any
			// endpoint reads it.
			.addFilterBefore(new PublicIssuer(links), CsrfFilter.class)
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
					new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain providerAccountPages(HttpSecurity http, LocalAccountService accounts, PasswordEncoder passwords,
			SignInOutcomes outcomes, AccountThrottling throttling) throws Exception {
		var authentication = new DaoAuthenticationProvider(accounts);
		authentication.setPasswordEncoder(passwords);
		// A locked account is refused before the password is checked; an unconfirmed
		// address only after it, so that nobody learns it without knowing the password.
		authentication.setPreAuthenticationChecks(user -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("Locked");
			}
		});
		authentication.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Address not confirmed");
			}
		});
		var success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setRequestCache(requestCache());
		success.setDefaultTargetUrl("/oauth2/authorization/" + LocalClient.REGISTRATION_ID);
		// Its own manager, without the application's as a parent: a refused or failed
		// attempt must not be tried again there, past the throttle and the lockout.
		http.securityMatcher("/account/**")
			.authenticationManager(new ProviderManager(new ThrottledSignIn(authentication, throttling)))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.usernameParameter("email")
				.successHandler(outcomes.onSuccess(success))
				.failureHandler(outcomes.onFailure()))
			.securityContext(context -> context.securityContextRepository(securityContextRepository()))
			.requestCache(cache -> cache.requestCache(requestCache()))
			.addFilterAfter(new ProviderSessionRevocation(accounts), BasicAuthenticationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.ACCOUNT_PAGES_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY)))
			.logout(logout -> logout.disable());
		return http.build();
	}

	static HttpSessionSecurityContextRepository securityContextRepository() {
		var repository = new HttpSessionSecurityContextRepository();
		repository.setSpringSecurityContextKey(SECURITY_CONTEXT_KEY);
		return repository;
	}

	static HttpSessionRequestCache requestCache() {
		var cache = new HttpSessionRequestCache();
		cache.setSessionAttrName(SAVED_REQUEST_KEY);
		return cache;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, LocalClient client) {
		return new JdbcOAuth2AuthorizationService(jdbc, client);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		// The issuer is the public address, set per request (PublicIssuer) because a
		// random port is known only once the server listens.
		return AuthorizationServerSettings.builder().build();
	}

	/**
	 * A signing key made at start; the tokens are read by this node only, right after
	 * issuing.
	 */
	@Bean
	JWKSource<SecurityContext> jwkSource() throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var keys = generator.generateKeyPair();
		var rsa = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(rsa));
	}

	/** Puts the account's address, name and language into the ID token. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(LocalAccountService accounts) {
		return context -> {
			if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				return;
			}
			var account = accounts.account(UUID.fromString(context.getPrincipal().getName()))
				.orElseThrow(() -> new UsernameNotFoundException("Account gone"));
			context.getClaims()
				.claim("email", account.email())
				.claim("email_verified", account.isEmailVerified())
				.claim("name", account.displayName())
				.claim("locale", account.preferredLanguage().code());
		};
	}

}
