package org.pilotbridge.shared;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.pilotbridge.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client buckets behind the sign-in throttling and the public data's rate limit.
 */
class ClientBucketsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));

	private final ClientBuckets buckets = new ClientBuckets(3, Duration.ofMinutes(15), clock);

	@Test
	void aClientHasItsAllowanceAndGetsItBackOverThePeriod() {
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.of("192.0.2.7").tryConsume(1)).isTrue();
		}
		assertThat(buckets.of("192.0.2.7").tryConsume(1)).isFalse();
		assertThat(buckets.of("192.0.2.8").tryConsume(1)).as("another client").isTrue();

		clock.set(clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(buckets.of("192.0.2.7").tryConsume(1)).as("a third of the period gives one back").isTrue();
		assertThat(buckets.of("192.0.2.7").tryConsume(1)).isFalse();
	}

	@Test
	void anIpv6SubscriberCountsAsItsSlash64Network() {
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.of("2001:db8:1:2::" + (i + 1)).tryConsume(1)).isTrue();
		}
		assertThat(buckets.of("2001:db8:1:2:ffff::9").tryConsume(1)).as("same /64").isFalse();
		assertThat(buckets.of("2001:db8:1:3::1").tryConsume(1)).as("another /64").isTrue();
	}

	@Test
	void idleClientsAreForgottenAndUnknownOnesAreNotCounted() {
		buckets.of("192.0.2.7").tryConsume(1);
		assertThat(buckets.existing("192.0.2.9")).isEmpty();
		assertThat(buckets.clients()).isOne();

		clock.set(clock.instant().plus(Duration.ofMinutes(15)));
		buckets.forgetIdleClients();
		assertThat(buckets.clients()).isZero();
	}

}
