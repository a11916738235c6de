package org.pilotbridge.identity.provider;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.ClockTimeMeter;

/**
 * Throttles, per client address and for every node at once, what the account pages let
 * anyone try, on top of the lockout of an account after too many wrong passwords:
 * guessing (sign-ins and password resets, whatever the address typed, so that one client
 * cannot try one password against many accounts) and mailing (registrations, reset
 * requests and new confirmation links, each of which sends a mail to an address the
 * client chooses).
 * <p>
 * What is limited is counted where it happens, not where a URL says it might: a guess
 * where the password or the link is checked, a mail where it is sent. A guess is taken
 * before the check and given back when it succeeds, so that neither a burst of parallel
 * attempts nor a busy office behind one address gets more or less than its share. A
 * client over its share gets {@link TooManyAttempts}; the account pages answer
 * {@code 429 Too Many Requests} with {@code Retry-After} and a page that says, in its
 * language, how long to wait.
 * <p>
 * The counts are token buckets in PostgreSQL (Bucket4j, table {@code client_throttle}),
 * so that n nodes give the same limit as one; the application clock drives them.
 *
 * @see "docs/decisions/DD022-20261207-shared-throttles-and-trusted-proxies.md"
 */
@Component
class AccountThrottling {

	private static final Logger log = LoggerFactory.getLogger(AccountThrottling.class);

	static final String WAIT_MINUTES = AccountThrottling.class.getName() + ".waitMinutes";

	static final String THROTTLED_PAGE = "/account/too-many-attempts";

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final ClientThrottle guessing;

	private final ClientThrottle mailing;

	private final boolean enabled;

	AccountThrottling(ProviderProperties properties, DataSource dataSource, Clock clock) {
		var throttle = properties.throttle();
		this.enabled = throttle.enabled();
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("client_throttle")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(new ClockTimeMeter(clock))
			// A bucket that has filled up again is the same as none: its row may go.
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.guessing = new ClientThrottle("guess", throttle.guesses(), throttle.guessingPeriod(), buckets);
		this.mailing = new ClientThrottle("mail", throttle.mails(), throttle.mailingPeriod(), buckets);
	}

	/**
	 * Takes one guess (a sign-in, a password reset) of the client before it is checked.
	 * @throws TooManyAttempts when the client has none left; nothing is checked then
	 */
	void guess(@Nullable String address) {
		if (enabled && !guessing.tryUse(address)) {
			throw refused("guess", guessing, address);
		}
	}

	/** Gives the client its guess back: it was right. */
	void guessedRight(@Nullable String address) {
		if (enabled) {
			guessing.giveBack(address);
		}
	}

	/**
	 * Takes one mail of the client's share, before the mail is sent.
	 * @throws TooManyAttempts when the client has none left; nothing is sent then
	 */
	void mail(@Nullable String address) {
		if (enabled && !mailing.tryUse(address)) {
			throw refused("mail", mailing, address);
		}
	}

	/**
	 * Forgets the buckets that have filled up again, on every node a little at a time.
	 */
	@Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
	void forgetIdleClients() {
		int removed;
		do {
			removed = buckets.removeExpired(1000);
		}
		while (removed == 1000);
	}

	/**
	 * Answers a refused attempt: {@code 429}, {@code Retry-After} and the page saying how
	 * long to wait.
	 */
	static void answer(TooManyAttempts refused, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.minutes() * 60));
		request.setAttribute(WAIT_MINUTES, refused.minutes());
		request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
	}

	private static TooManyAttempts refused(String what, ClientThrottle throttle, @Nullable String address) {
		var wait = throttle.minutesToWait(address);
		log.warn("Throttled a {} from {} for {} minutes", what, address, wait);
		return new TooManyAttempts(wait);
	}

}
