package org.pilotbridge.opendata;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A fair share for every client of the public data: a token bucket per client address, holding
 * {@code requests} tokens and refilled gradually over {@code period} (Bucket4j, in memory). Each node
 * counts on its own, so behind a load balancer with n nodes a client gets at most n times the limit.
 * IPv6 clients are counted per /64 network, which one subscriber usually holds whole. Buckets full
 * again (idle clients) are dropped every minute, so memory follows the number of active clients.
 * Time comes from the application clock.
 */
class ClientRateLimit {

	/** Beyond this many clients, idle ones are forgotten at once rather than at the next sweep. */
	private static final int MAX_CLIENTS = 100_000;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final OpenDataProperties.RateLimit limit;

	private final TimeMeter time;

	ClientRateLimit(OpenDataProperties.RateLimit limit, Clock clock) {
		this.limit = limit;
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

	/** Takes one token for the client, if there is one left. */
	ConsumptionProbe tryConsume(String clientAddress) {
		if (buckets.size() > MAX_CLIENTS) {
			forgetIdleClients();
		}
		return buckets.computeIfAbsent(client(clientAddress), key -> newBucket()).tryConsumeAndReturnRemaining(1);
	}

	boolean enabled() {
		return limit.enabled();
	}

	int requests() {
		return limit.requests();
	}

	long periodSeconds() {
		return limit.period().toSeconds();
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
	void forgetIdleClients() {
		buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.requests());
	}

	int clients() {
		return buckets.size();
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
			.withCustomTimePrecision(time)
			.build();
	}

	/** The address itself for IPv4, its /64 network for IPv6. */
	static String client(String address) {
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
