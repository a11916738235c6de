package org.pilotbridge.identity.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import org.pilotbridge.identity.provider.LocalClient;

/**
 * The OpenID Connect providers people can sign in with: the built-in one first, then
 * those configured with {@code spring.security.oauth2.client.registration.*}. The
 * built-in one is described on first use, once the server's port is known, with explicit
 * endpoints (no discovery of an issuer that is this very application). Its authorization
 * endpoint is relative, so the browser stays on the known address it came with
 * ({@code localhost}, {@code 127.0.0.1} or the public address; any other host is served
 * as the public address); the back channel goes to the loopback address; the issuer is
 * the public address.
 */
class ClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

	private final LocalClient local;

	private final Map<String, ClientRegistration> configured;

	private volatile @Nullable ClientRegistration localRegistration;

	ClientRegistrations(LocalClient local, Map<String, ClientRegistration> configured) {
		this.local = local;
		this.configured = Map.copyOf(configured);
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		if (LocalClient.REGISTRATION_ID.equals(registrationId)) {
			return local();
		}
		return configured.get(registrationId);
	}

	@Override
	public Iterator<ClientRegistration> iterator() {
		var all = new ArrayList<ClientRegistration>();
		all.add(local());
		configured.values()
			.stream()
			.sorted(java.util.Comparator.comparing(ClientRegistration::getRegistrationId))
			.forEach(all::add);
		return List.copyOf(all).iterator();
	}

	private ClientRegistration local() {
		var registration = localRegistration;
		if (registration == null) {
			var backchannel = local.backchannelBase();
			registration = ClientRegistration.withRegistrationId(LocalClient.REGISTRATION_ID)
				.clientName("Pilotbridge")
				.clientId(LocalClient.CLIENT_ID)
				.clientSecret(local.secret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope("openid", "profile", "email")
				.authorizationUri("/oauth2/authorize")
				.tokenUri(backchannel + "/oauth2/token")
				.jwkSetUri(backchannel + "/oauth2/jwks")
				.issuerUri(local.issuer())
				.userNameAttributeName("sub")
				.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
				.build();
			// Described before the server listens (while the security chain is built), it
			// would name port 0.
			if (local.portKnown()) {
				localRegistration = registration;
			}
		}
		return registration;
	}

}
