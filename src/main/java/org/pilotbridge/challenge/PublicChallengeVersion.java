package org.pilotbridge.challenge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.OrganisationUpdated;
import org.pilotbridge.shared.AfterCommit;

/**
 * The version of what the public sees of challenges on this node, for caches of public
 * answers (the API's records and searches, link preview pictures, public pages). It moves
 * on once a change to a public challenge commits on this node (publication, amendment,
 * answer, withdrawal, close, evaluation, award), once an organisation's description (an
 * agency's name) changes, and once a proposals deadline passes, since the challenge then
 * reads as closed whether or not a node has closed it yet. Reading it costs no query, but
 * once a minute and at each deadline.
 * <p>
 * Changes committed on another node are not seen here: caches bound how long they serve
 * an entry.
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
@Component
public class PublicChallengeVersion {

	/**
	 * How often the next deadline is looked up again, to learn of challenges published on
	 * other nodes.
	 */
	static final Duration RECHECK = Duration.ofMinutes(1);

	private final AtomicLong version = new AtomicLong();

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile @Nullable Horizon horizon;

	PublicChallengeVersion(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The current version; read it before reading the facts a cache keeps. */
	public long current() {
		var now = clock.instant();
		var seen = horizon;
		if (seen == null || !seen.covers(now)) {
			synchronized (this) {
				seen = horizon;
				if (seen == null || !seen.covers(now)) {
					if (seen != null && seen.changedBy(now)) {
						version.incrementAndGet();
					}
					horizon = look(now);
				}
			}
		}
		return version.get();
	}

	@EventListener({ ChallengePublished.class, ChallengeAmended.class, DeadlineExtended.class, ChallengeWithdrawn.class,
			ChallengeClosed.class, EvaluationStarted.class, ChallengeAwarded.class, ChallengeNotAwarded.class,
			AnswerPublished.class, OrganisationUpdated.class })
	void changed() {
		AfterCommit.run(() -> {
			horizon = null;
			version.incrementAndGet();
		});
	}

	private Horizon look(Instant now) {
		var next = jdbc.sql("""
				SELECT min(proposals_deadline) FROM challenge WHERE state = 'PUBLISHED' AND proposals_deadline > ?
				""").param(Timestamp.from(now)).query((rs, row) -> rs.getTimestamp(1)).list();
		return new Horizon(now, next.isEmpty() || next.get(0) == null ? Instant.MAX : next.get(0).toInstant());
	}

	/**
	 * What was known when the next deadline was looked up: nothing public changes by time
	 * alone before {@code nextDeadline}.
	 */
	private record Horizon(Instant checkedAt, Instant nextDeadline) {

		boolean covers(Instant now) {
			return !now.isBefore(checkedAt) && now.isBefore(nextDeadline) && now.isBefore(checkedAt.plus(RECHECK));
		}

		/**
		 * Whether time alone changed what the public sees: a deadline passed, or the
		 * clock went back.
		 */
		boolean changedBy(Instant now) {
			return now.isBefore(checkedAt) || !now.isBefore(nextDeadline);
		}

	}

}
