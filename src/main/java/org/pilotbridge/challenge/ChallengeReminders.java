package org.pilotbridge.challenge;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces, once per challenge, that its proposals deadline is near. The row inserted in
 * {@code challenge_deadline_reminder} in the same transaction as the event's publication
 * is the guard: a second node, or a second run, inserts nothing and announces nothing.
 */
@Component
class ChallengeReminders {

	private final JdbcClient jdbc;

	private final Challenges challenges;

	private final ChallengeProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ChallengeReminders(JdbcClient jdbc, Challenges challenges, ChallengeProperties properties,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.challenges = challenges;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** How many challenges were announced. */
	int announceApproachingDeadlines() {
		var now = clock.instant();
		var due = jdbc.sql("""
				SELECT c.id FROM challenge c
				WHERE c.state = 'PUBLISHED' AND c.proposals_deadline > ? AND c.proposals_deadline <= ?
				  AND NOT EXISTS (SELECT 1 FROM challenge_deadline_reminder r WHERE r.challenge_id = c.id)
				""")
			.params(Timestamp.from(now), Timestamp.from(now.plus(properties.reminderBefore())))
			.query((rs, row) -> rs.getObject("id", UUID.class))
			.list();
		var announced = 0;
		for (var id : due) {
			if (Boolean.TRUE.equals(transaction.execute(status -> announce(id)))) {
				announced++;
			}
		}
		return announced;
	}

	private boolean announce(UUID id) {
		var inserted = jdbc.sql("""
				INSERT INTO challenge_deadline_reminder (challenge_id, sent_at) VALUES (?, ?) ON CONFLICT DO NOTHING
				""").params(id, Timestamp.from(clock.instant())).update();
		if (inserted == 0) {
			return false;
		}
		var challenge = challenges.findById(id).orElseThrow();
		events
			.publishEvent(new FollowedChallengeDeadlineApproaching(challenge.id(), challenge.reference().orElseThrow(),
					challenge.title(), challenge.proposalsDeadline().orElseThrow(), challenge.timeZone()));
		return true;
	}

}
