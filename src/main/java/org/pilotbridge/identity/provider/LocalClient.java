package org.pilotbridge.identity.provider;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.SiteProperties;

/**
 * The one client of the built-in provider: this application itself. Its secret is made up
 * at start and never leaves the process; its redirect addresses are known only once the
 * server listens, so the registration is built on first use, for {@code localhost},
 * {@code 127.0.0.1} and the public address.
 */
@Component
public class LocalClient implements RegisteredClientRepository {

	public static final String CLIENT_ID = "pilotbridge-app";

	public static final String REGISTRATION_ID = "pilotbridge";

	public static final String CALLBACK_PATH = "/login/oauth2/code/" + REGISTRATION_ID;

	private final String secret;

	private final Environment environment;

	private final SiteProperties site;

	private final PublicLinks links;

	private volatile @Nullable RegisteredClient client;

	LocalClient(Environment environment, SiteProperties site, PublicLinks links) {
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.environment = environment;
		this.site = site;
		this.links = links;
	}

	/**
	 * The issuer the provider names in its tokens: the public address, whatever host a
	 * request names.
	 */
	public String issuer() {
		return links.base();
	}

	public String secret() {
		return secret;
	}

	/** Where this node reaches its own provider, server to server. */
	public String backchannelBase() {
		return environment.getProperty("pilotbridge.identity.provider.backchannel-url", "http://127.0.0.1:" + port());
	}

	/** The addresses the browser may be sent back to after sign-in. */
	Set<String> redirectUris() {
		var uris = new LinkedHashSet<String>();
		for (var host : new String[] { "localhost", "127.0.0.1" }) {
			uris.add("http://" + host + ":" + port() + CALLBACK_PATH);
		}
		if (site.publicUrl() != null) {
			var base = site.publicUrl().toString().replaceAll("/$", "");
			uris.add(base + CALLBACK_PATH);
		}
		return uris;
	}

	private String port() {
		return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

	/**
	 * Whether the server listens already, so that what depends on its port can be kept.
	 */
	public boolean portKnown() {
		return environment.containsProperty("local.server.port");
	}

	/**
	 * Keeps the client as updated by the provider, such as its secret re-encoded with a
	 * stronger hash.
	 */
	@Override
	public void save(RegisteredClient registeredClient) {
		if (!CLIENT_ID.equals(registeredClient.getClientId())) {
			throw new UnsupportedOperationException("The built-in provider serves this application only");
		}
		client = registeredClient;
	}

	@Override
	public @Nullable RegisteredClient findById(String id) {
		return CLIENT_ID.equals(id) ? client() : null;
	}

	@Override
	public @Nullable RegisteredClient findByClientId(String clientId) {
		return CLIENT_ID.equals(clientId) ? client() : null;
	}

	private RegisteredClient client() {
		var current = client;
		if (current == null) {
			current = RegisteredClient.withId(CLIENT_ID)
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + secret)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUris(uris -> uris.addAll(redirectUris()))
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				.clientSettings(
						ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
				.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
				.build();
			if (portKnown()) {
				client = current;
			}
		}
		return current;
	}

}
