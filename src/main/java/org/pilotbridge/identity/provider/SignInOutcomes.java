package org.pilotbridge.identity.provider;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt at the provider: failures are counted (and lock the account
 * after too many) and all answered alike; an unconfirmed address, proven by the right password,
 * gets a new confirmation link; a success resets the count and remembers when this session began.
 * Each failure also counts against the client's address ({@link AccountThrottling}).
 */
@Component
class SignInOutcomes {

	static final String SIGNED_IN_AT = "PILOTBRIDGE_PROVIDER_SIGNED_IN_AT";

	private final LocalAccountService accounts;

	private final AccountThrottling throttling;

	private final Clock clock;

	SignInOutcomes(LocalAccountService accounts, AccountThrottling throttling, Clock clock) {
		this.accounts = accounts;
		this.throttling = throttling;
		this.clock = clock;
	}

	AuthenticationSuccessHandler onSuccess(AuthenticationSuccessHandler next) {
		return (request, response, authentication) -> {
			accounts.signInSucceeded(UUID.fromString(authentication.getName()));
			request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler onFailure() {
		return (request, response, exception) -> {
			var email = request.getParameter("email");
			if (exception instanceof DisabledException) {
				accounts.loadUserByUsernameOptional(email)
					.ifPresent(account -> accounts.resendConfirmation(UUID.fromString(account)));
				response.sendRedirect(request.getContextPath() + ProviderConfiguration.LOGIN_PAGE + "?unconfirmed");
				return;
			}
			throttling.failedGuess(request);
			accounts.signInFailed(email, exception.getClass().getSimpleName());
			response.sendRedirect(request.getContextPath() + ProviderConfiguration.LOGIN_PAGE + "?error");
		};
	}

}
