package org.pilotbridge.challenge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;

/**
 * Closes published challenges for good once the opening delay after their deadline has
 * passed ({@code pilotbridge.challenge.opening-delay}), which opens their proposals: the
 * job does it for all of them, and every service does it for the challenge it is about to
 * read or change. Each close commits in a transaction of its own, so that it stands even
 * when the caller's own work is then refused.
 * <p>
 * From the deadline on, everyone sees the challenge closed ({@link Challenge#stateAt})
 * and nothing new is received; during the opening delay, changes received before the
 * deadline still commit (at most the submission timeout after their receipt), and nobody
 * reads a proposal. The close records the state only after that, so no change received in
 * time, on any node, commits after the opening.
 * <p>
 * A close takes the challenge's row lock and checks the state again under it, so a
 * challenge closes exactly once however many nodes try. A row locked by someone else is
 * skipped rather than waited for: its holder (a submission, an amendment, another closer)
 * decides under the same lock, and whatever is not closed now is closed by the next
 * access or the next run of the job.
 *
 * @see "Design decision: docs/decisions/DD005-20261125-challenge-deadline-serialization.md"
 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
 */
@Component
class ChallengeClosing {

	private final Challenges challenges;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration openingDelay;

	private final TransactionTemplate ownTransaction;

	ChallengeClosing(Challenges challenges, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			ChallengeProperties properties, PlatformTransactionManager transactions) {
		this.challenges = challenges;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.openingDelay = properties.openingDelay();
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Closes the challenge if it is due; whether this call closed it. */
	boolean closeIfDue(ChallengeId id) {
		if (!isDue(id)) {
			return false;
		}
		return Boolean.TRUE.equals(ownTransaction.execute(status -> closeLocked(id)));
	}

	/** Closes every challenge that is due; how many this call closed. */
	int closeAllDue() {
		var closed = 0;
		for (var id : challenges.findDue(lastDueDeadline(clock.instant()))) {
			if (closeIfDue(new ChallengeId(id))) {
				closed++;
			}
		}
		return closed;
	}

	/** The latest deadline of a challenge due to close now. */
	private Instant lastDueDeadline(Instant now) {
		return now.minus(openingDelay);
	}

	private boolean isDue(ChallengeId id) {
		return jdbc.sql("""
				SELECT count(*) FROM challenge WHERE id = ? AND state = 'PUBLISHED' AND proposals_deadline <= ?
				""").params(id.id(), Timestamp.from(lastDueDeadline(clock.instant()))).query(Long.class).single() > 0;
	}

	private boolean closeLocked(ChallengeId id) {
		var now = clock.instant();
		var locked = jdbc.sql("""
				SELECT id FROM challenge WHERE id = ? AND state = 'PUBLISHED' AND proposals_deadline <= ?
				FOR NO KEY UPDATE SKIP LOCKED
				""").params(id.id(), Timestamp.from(lastDueDeadline(now))).query((rs, row) -> 1).optional();
		if (locked.isEmpty()) {
			return false;
		}
		var challenge = challenges.findById(id.id()).orElseThrow();
		challenge.close(now, openingDelay);
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		var deadline = challenge.proposalsDeadline().orElseThrow();
		events.publishEvent(new ChallengeClosed(id, reference, challenge.title(), challenge.agency(), deadline, now,
				challenge.submittedCount(),
				AuditRecord.of(now, Actor.SYSTEM, "challenge.closed", "challenge", id, Map.of("reference", reference,
						"deadline", deadline.toString(), "submitted", String.valueOf(challenge.submittedCount())))));
		return true;
	}

	Duration openingDelay() {
		return openingDelay;
	}

}
