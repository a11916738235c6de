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
 */
@ConfigurationProperties("pilotbridge.identity.provider")
record ProviderProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("PT15M") Duration lockout,
		@DefaultValue("P1D") Duration confirmationValidity, @DefaultValue("PT1H") Duration resetValidity) {
}
