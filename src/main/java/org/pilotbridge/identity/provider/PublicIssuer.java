package org.pilotbridge.identity.provider;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.filter.OncePerRequestFilter;

import org.pilotbridge.shared.PublicLinks;

/**
 * The provider's issuer is the configured public address
 * ({@code pilotbridge.site.public-url}, else {@code http://localhost:<port>}), never the
 * host a request names: the discovery document, the ID tokens and the authorization
 * responses all carry it. Spring Security resolves a configured issuer once, before the
 * server's port is known; this sets it on each request instead, right after Spring
 * Security has set up the provider's context.
 */
final class PublicIssuer extends OncePerRequestFilter {

	private final PublicLinks links;

	PublicIssuer(PublicLinks links) {
		this.links = links;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var context = AuthorizationServerContextHolder.getContext();
		if (context != null) {
			AuthorizationServerContextHolder
				.setContext(new Issuer(links.base(), context.getAuthorizationServerSettings()));
		}
		chain.doFilter(request, response);
	}

	private record Issuer(String getIssuer,
			AuthorizationServerSettings getAuthorizationServerSettings) implements AuthorizationServerContext {
	}

}
