package org.pilotbridge.identity.provider;

import java.util.function.Consumer;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;

/**
 * Accepts exactly the registered redirect addresses, {@code http://localhost:<port>}
 * included. The default validator refuses {@code localhost} (OAuth 2.1 prefers the
 * loopback address), but that is what people type, and the registration lists it
 * explicitly for this application only.
 */
class LocalRedirectUriValidator implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

	@Override
	public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
		OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR.accept(context);
		OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
		var requested = request.getRedirectUri();
		if (requested == null || !context.getRegisteredClient().getRedirectUris().contains(requested)) {
			// Without the request: the browser must not be sent to an address nobody
			// registered.
			throw new OAuth2AuthorizationCodeRequestAuthenticationException(
					new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "Unregistered redirect_uri", null), null);
		}
	}

}
