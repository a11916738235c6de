package org.pilotbridge.identity.provider;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a provider session that began before its account's sessions were revoked (a
 * password reset, "sign out everywhere"). Not a bean, so that it runs only in the
 * provider's filter chains.
 */
class ProviderSessionRevocation extends OncePerRequestFilter {

	private final LocalAccountService accounts;

	ProviderSessionRevocation(LocalAccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.isAuthenticated()
				&& session.getAttribute(SignInOutcomes.SIGNED_IN_AT) instanceof Instant signedInAt) {
			var revoked = parse(authentication.getName()).flatMap(accounts::account)
				.map(account -> account.sessionsRevokedAt() != null && !signedInAt.isAfter(account.sessionsRevokedAt()))
				.orElse(true);
			if (revoked) {
				session.removeAttribute(ProviderConfiguration.SECURITY_CONTEXT_KEY);
				session.removeAttribute(SignInOutcomes.SIGNED_IN_AT);
				SecurityContextHolder.clearContext();
			}
		}
		chain.doFilter(request, response);
	}

	private static java.util.Optional<UUID> parse(String name) {
		try {
			return java.util.Optional.of(UUID.fromString(name));
		}
		catch (IllegalArgumentException notAnAccount) {
			return java.util.Optional.empty();
		}
	}

}
