package org.pilotbridge.opendata;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import org.springframework.scheduling.annotation.Scheduled;

import org.pilotbridge.shared.ClientBuckets;

/**
 * A fair share for every client of the public data: {@code requests} per {@code period}
 * for each client address (see {@link ClientBuckets}). Each node counts on its own, so
 * behind a load balancer with n nodes a client gets at most n times the limit. Idle
 * clients are forgotten every minute.
 */
class ClientRateLimit {

	private final ClientBuckets buckets;

	private final OpenDataProperties.RateLimit limit;

	ClientRateLimit(OpenDataProperties.RateLimit limit, Clock clock) {
		this.limit = limit;
		this.buckets = new ClientBuckets(limit.requests(), limit.period(), clock);
	}

	/** Takes one token for the client, if there is one left. */
	ConsumptionProbe tryConsume(String clientAddress) {
		return buckets.of(clientAddress).tryConsumeAndReturnRemaining(1);
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
		buckets.forgetIdleClients();
	}

	int clients() {
		return buckets.clients();
	}

}
