package org.pilotbridge.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.pilotbridge.identity.PersonPrincipal;
import org.pilotbridge.identity.PersonSessions;
import org.pilotbridge.shared.DatabaseOutage;

/**
 * Ends the session of a person who was deactivated or signed out everywhere after it
 * began; the request goes on as anonymous. Not a bean, so that it runs only in the
 * application's filter chain.
 */
class SessionRevocationFilter extends OncePerRequestFilter {

	private final PersonSessions sessions;

	SessionRevocationFilter(PersonSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal
				&& !isStillValid(principal)) {
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

	/**
	 * Without the database the revocation cannot be checked, and the request goes on:
	 * whatever it asks for needs the database too, so it is refused with the message that
	 * the service is briefly unavailable rather than with an error page.
	 */
	private boolean isStillValid(PersonPrincipal principal) {
		try {
			return sessions.isStillValid(principal);
		}
		catch (RuntimeException failure) {
			if (DatabaseOutage.isCauseOf(failure)) {
				return true;
			}
			throw failure;
		}
	}

}
