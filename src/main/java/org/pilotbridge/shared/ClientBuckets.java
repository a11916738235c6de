package org.pilotbridge.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.jspecify.annotations.Nullable;

/**
 * How many times each client address may do something in a period: a token bucket per
 * address (Bucket4j, in memory, refilled gradually), on the application clock. IPv6
 * clients count per /64 network, which one subscriber usually holds whole. Each node
 * counts on its own. Full buckets of idle clients are dropped as the map grows (and
 * whenever the owner asks), so memory follows the number of active clients.
 */
public final class ClientBuckets {

	/** Beyond this many clients, idle ones are forgotten at once. */
	private static final int MAX_CLIENTS = 100_000;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final Duration period;

	private final TimeMeter time;

	public ClientBuckets(int capacity, Duration period, Clock clock) {
		this.capacity = capacity;
		this.period = period;
		this.time = new ClockTimeMeter(clock);
	}

	/** The client's bucket, full for a client not seen (or forgotten) before. */
	public Bucket of(@Nullable String address) {
		if (buckets.size() > MAX_CLIENTS) {
			forgetIdleClients();
		}
		return buckets.computeIfAbsent(client(address),
				key -> Bucket.builder()
					.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
					.withCustomTimePrecision(time)
					.build());
	}

	/** The client's bucket if it has used any of it lately. */
	public Optional<Bucket> existing(@Nullable String address) {
		return Optional.ofNullable(buckets.get(client(address)));
	}

	/** Drops the buckets that are full again. */
	public void forgetIdleClients() {
		buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
	}

	/** How many clients are counted. */
	public int clients() {
		return buckets.size();
	}

	/**
	 * Who counts as one client: the address itself for IPv4, its /64 network for IPv6.
	 */
	public static String client(@Nullable String address) {
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
