package org.pilotbridge.identity.provider;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * How many times a client address may do something in a period: a token bucket per address
 * (Bucket4j, in memory, refilled gradually), on the application clock. IPv6 clients count per /64
 * network, which one subscriber usually holds whole. Each node counts on its own. Full buckets of
 * idle clients are dropped as the map grows, so memory follows the number of active clients.
 */
final class ClientThrottle {

	private static final int MAX_CLIENTS = 100_000;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int allowed;

	private final Duration period;

	private final TimeMeter time;

	ClientThrottle(int allowed, Duration period, Clock clock) {
		this.allowed = allowed;
		this.period = period;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return TimeUnit.MILLISECONDS.toNanos(clock.millis());
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/** Whether the client has at least one attempt left, without using it. */
	boolean allows(String address) {
		var bucket = buckets.get(client(address));
		return bucket == null || bucket.getAvailableTokens() > 0;
	}

	/** Uses one attempt of the client; false when none was left. */
	boolean use(String address) {
		if (buckets.size() > MAX_CLIENTS) {
			buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= allowed);
		}
		return buckets.computeIfAbsent(client(address), key -> newBucket()).tryConsume(1);
	}

	/** How long until the client has an attempt again, rounded up to whole minutes (at least one). */
	long minutesToWait(String address) {
		var bucket = buckets.get(client(address));
		if (bucket == null) {
			return 1;
		}
		var nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Math.max(1, TimeUnit.NANOSECONDS.toMinutes(nanos + TimeUnit.MINUTES.toNanos(1) - 1));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(allowed).refillGreedy(allowed, period))
			.withCustomTimePrecision(time)
			.build();
	}

	/** The address itself for IPv4, its /64 network for IPv6. */
	static String client(String address) {
		if (address == null) {
			return "";
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			var bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : address;
		}
		catch (UnknownHostException | SecurityException notAnAddress) {
			return address;
		}
	}

}
