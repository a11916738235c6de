package org.pilotbridge.identity.provider;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the built-in OpenID Connect provider.
 *
 * @param maxFailedAttempts wrong passwords in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param confirmationValidity how long an address confirmation link can be used
 * @param resetValidity how long a password reset link can be used
 * @param throttle what one client address may try, whatever the account
 */
@ConfigurationProperties("pilotbridge.identity.provider")
record ProviderProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("PT15M") Duration lockout,
		@DefaultValue("P1D") Duration confirmationValidity, @DefaultValue("PT1H") Duration resetValidity,
		@DefaultValue Throttle throttle) {

	/**
	 * Per client address and node.
	 *
	 * @param enabled whether clients are throttled at all
	 * @param guesses failed sign-ins and password resets per {@code guessingPeriod}
	 * @param guessingPeriod the period over which guesses are counted, refilled gradually
	 * @param mails registrations and reset requests (each sends an e-mail) per
	 * {@code mailingPeriod}
	 * @param mailingPeriod the period over which mails are counted, refilled gradually
	 */
	record Throttle(@DefaultValue("true") boolean enabled, @DefaultValue("20") int guesses,
			@DefaultValue("PT15M") Duration guessingPeriod, @DefaultValue("10") int mails,
			@DefaultValue("PT1H") Duration mailingPeriod) {
	}

}
