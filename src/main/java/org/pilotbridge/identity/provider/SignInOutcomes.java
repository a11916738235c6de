package org.pilotbridge.identity.provider;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt at the provider: failures are counted (and lock
 * the account after too many) and all answered alike; an unconfirmed address, proven by
 * the right password, gets a new confirmation link; a success resets the count and
 * remembers when this session began. A client without a guess left
 * ({@link ThrottledSignIn}) is told how long to wait, and its attempt counts against no
 * account.
 */
@Component
class SignInOutcomes {

	static final String SIGNED_IN_AT = "PILOTBRIDGE_PROVIDER_SIGNED_IN_AT";

	private final LocalAccountService accounts;

	private final Clock clock;

	SignInOutcomes(LocalAccountService accounts, Clock clock) {
		this.accounts = accounts;
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
			if (exception instanceof ThrottledSignIn.ClientThrottled throttled) {
				AccountThrottling.answer(throttled.refusal(), request, response);
				return;
			}
			var email = request.getParameter("email");
			if (exception instanceof DisabledException) {
				try {
					accounts.loadUserByUsernameOptional(email)
						.ifPresent(account -> accounts.resendConfirmation(UUID.fromString(account)));
				}
				catch (TooManyAttempts enoughMailsForNow) {
					// The owner has been sent links already; the page says to look for
					// them.
				}
				response.sendRedirect(request.getContextPath() + ProviderConfiguration.LOGIN_PAGE + "?unconfirmed");
				return;
			}
			accounts.signInFailed(email, exception.getClass().getSimpleName());
			response.sendRedirect(request.getContextPath() + ProviderConfiguration.LOGIN_PAGE + "?error");
		};
	}

}
