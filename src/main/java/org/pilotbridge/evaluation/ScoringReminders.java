package org.pilotbridge.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.PersonId;

/**
 * Reminds the evaluators who still have proposals to score: {@value #DAYS_BEFORE} days
 * before the scoring due date, and once it has passed. Each reminder is recorded as it is
 * published, in one transaction, so it goes out once per evaluator, kind and due date,
 * whichever node runs and however often.
 */
@Component
class ScoringReminders {

	static final int DAYS_BEFORE = 2;

	private final ChallengeDirectory challenges;

	private final EvaluationLoader loader;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScoringReminders(ChallengeDirectory challenges, EvaluationLoader loader, JdbcClient jdbc,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.challenges = challenges;
		this.loader = loader;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the reminders due now; returns how many went out. */
	int sendDue() {
		var sent = 0;
		for (var challenge : challenges.underEvaluationWithScoringDue()) {
			sent += Objects.requireNonNull(transactions.execute(status -> remind(challenge)));
		}
		return sent;
	}

	private int remind(ChallengeId challengeId) {
		var evaluation = loader.load(challengeId);
		var challenge = evaluation.challenge();
		var dueOn = challenge.scoringDueOn();
		if (dueOn == null || evaluation.decision().isPresent()) {
			return 0;
		}
		var kind = kindDue(challenge, dueOn);
		if (kind.isEmpty()) {
			return 0;
		}
		var sent = 0;
		for (var member : evaluation.panel().evaluators()) {
			if (!member.hasJoined()) {
				continue;
			}
			// Until a member opens the declarations, the bidders are not listed: every
			// proposal received is still to score.
			var toScore = evaluation.bidders().isEmpty() ? challenge.submittedCount()
					: evaluation.toScore(member.joinedPerson());
			if (toScore > 0 && record(challengeId, member.joinedPerson(), kind.get(), dueOn)) {
				events
					.publishEvent(new ScoringReminder(challengeId, member.joinedPerson(), kind.get(), dueOn, toScore));
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Which reminder is due today in the challenge's time zone: none before the last
	 * {@value #DAYS_BEFORE} days, and none once the evaluation is no longer under way.
	 */
	private Optional<ScoringReminder.Kind> kindDue(ChallengeSummary challenge, LocalDate dueOn) {
		if (challenge.state() != ChallengeState.UNDER_EVALUATION) {
			return Optional.empty();
		}
		var today = LocalDate.now(clock.withZone(challenge.timeZone()));
		if (today.isAfter(dueOn)) {
			return Optional.of(ScoringReminder.Kind.LATE);
		}
		return today.isBefore(dueOn.minusDays(DAYS_BEFORE)) ? Optional.empty()
				: Optional.of(ScoringReminder.Kind.DUE_SOON);
	}

	/** Records the reminder; false when it was sent before. */
	private boolean record(ChallengeId challenge, PersonId person, ScoringReminder.Kind kind, LocalDate dueOn) {
		return jdbc.sql("""
				INSERT INTO evaluation_scoring_reminder (challenge_id, person_id, kind, due_on, sent_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING
				""")
			.params(challenge.id(), person.id(), kind.name(), dueOn, Timestamp.from(clock.instant()))
			.update() == 1;
	}

}
