package org.pilotbridge.identity.provider;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.ClientBuckets;

/**
 * How many times a client address may try something in a period: a token bucket per
 * client (IPv6: per /64, see {@link ClientBuckets#client}), refilled gradually, kept
 * where every node reads it.
 */
final class ClientThrottle {

	private final String name;

	private final BucketConfiguration configuration;

	private final ProxyManager<String> buckets;

	ClientThrottle(String name, int allowed, Duration period, ProxyManager<String> buckets) {
		this.name = name;
		this.configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(allowed).refillGreedy(allowed, period))
			.build();
		this.buckets = buckets;
	}

	/** Uses one attempt of the client; false when none was left. */
	boolean tryUse(@Nullable String address) {
		return bucket(address).tryConsume(1);
	}

	/** Gives one attempt back, as if it had not been used. */
	void giveBack(@Nullable String address) {
		bucket(address).addTokens(1);
	}

	/**
	 * How long until the client has an attempt again, rounded up to whole minutes (at
	 * least one).
	 */
	long minutesToWait(@Nullable String address) {
		var nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Math.max(1, TimeUnit.NANOSECONDS.toMinutes(nanos + TimeUnit.MINUTES.toNanos(1) - 1));
	}

	private BucketProxy bucket(@Nullable String address) {
		return buckets.getProxy(name + " " + ClientBuckets.client(address), () -> configuration);
	}

}
