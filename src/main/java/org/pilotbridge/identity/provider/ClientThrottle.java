package org.pilotbridge.identity.provider;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.pilotbridge.shared.ClientBuckets;

/**
 * How many times a client address may try something in a period (see {@link ClientBuckets}).
 */
final class ClientThrottle {

	private final ClientBuckets buckets;

	ClientThrottle(int allowed, Duration period, Clock clock) {
		this.buckets = new ClientBuckets(allowed, period, clock);
	}

	/** Whether the client has at least one attempt left, without using it. */
	boolean allows(String address) {
		return buckets.existing(address).map(bucket -> bucket.getAvailableTokens() > 0).orElse(true);
	}

	/** Uses one attempt of the client; false when none was left. */
	boolean use(String address) {
		return buckets.of(address).tryConsume(1);
	}

	/** How long until the client has an attempt again, rounded up to whole minutes (at least one). */
	long minutesToWait(String address) {
		return buckets.existing(address).map(bucket -> {
			var nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
			return Math.max(1, TimeUnit.NANOSECONDS.toMinutes(nanos + TimeUnit.MINUTES.toNanos(1) - 1));
		}).orElse(1L);
	}

}
