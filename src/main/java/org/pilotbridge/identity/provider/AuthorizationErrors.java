package org.pilotbridge.identity.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What the provider answers to an authorization request it refuses. When the request
 * names a redirect address that is registered, the error goes back there, as OAuth 2.0
 * says. Otherwise (an unknown client, a redirect address nobody registered: a forged or
 * damaged link) the browser is not sent anywhere: the person gets a page in their
 * language with status 400, and the log a line, not a stack trace.
 */
class AuthorizationErrors implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(AuthorizationErrors.class);

	static final String REFUSED_PAGE = "/account/sign-in-refused";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		var error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError() : null;
		var authorization = exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException refused
				? refused.getAuthorizationCodeRequestAuthentication() : null;
		if (error != null && authorization != null && StringUtils.hasText(authorization.getRedirectUri())) {
			var uri = UriComponentsBuilder.fromUriString(authorization.getRedirectUri())
				.queryParam(OAuth2ParameterNames.ERROR, error.getErrorCode());
			if (StringUtils.hasText(authorization.getState())) {
				uri.queryParam(OAuth2ParameterNames.STATE,
						UriUtils.encode(authorization.getState(), StandardCharsets.UTF_8));
			}
			response.sendRedirect(uri.build(true).toUriString());
			return;
		}
		log.info("Refused an authorization request from {}: {}", request.getRemoteAddr(),
				error == null ? exception.getMessage() : error);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		request.setAttribute(REFUSED_PAGE, true);
		request.getRequestDispatcher(REFUSED_PAGE).forward(request, response);
	}

}
