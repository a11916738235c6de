package org.pilotbridge.identity.provider;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only for a client with a guess left, and gives the guess back when
 * the password was right (see {@link AccountThrottling}). The throttle thereby sits where
 * the password is checked, whatever address and spelling the form was posted to.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final AccountThrottling throttling;

	ThrottledSignIn(AuthenticationProvider passwords, AccountThrottling throttling) {
		this.passwords = passwords;
		this.throttling = throttling;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication attempt) {
		var address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		try {
			throttling.guess(address);
		}
		catch (TooManyAttempts refused) {
			throw new ClientThrottled(refused);
		}
		try {
			var result = passwords.authenticate(attempt);
			throttling.guessedRight(address);
			return result;
		}
		catch (DisabledException rightPasswordButUnconfirmedAddress) {
			throttling.guessedRight(address);
			throw rightPasswordButUnconfirmedAddress;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

	/** The client has no guess left: its password was not even checked. */
	static final class ClientThrottled extends AuthenticationException {

		private final TooManyAttempts refusal;

		ClientThrottled(TooManyAttempts refusal) {
			super(refusal.getMessage());
			this.refusal = refusal;
		}

		TooManyAttempts refusal() {
			return refusal;
		}

	}

}
