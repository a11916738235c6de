package org.pilotbridge.evaluation;

import java.time.LocalDate;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * Published once per evaluator, kind and due date, when an evaluator who still has
 * proposals to score should be reminded of the scoring due date.
 *
 * @param dueOn the last day of scoring, in the challenge's time zone
 * @param toScore how many proposals the evaluator has not submitted scores for
 */
public record ScoringReminder(ChallengeId challenge, PersonId evaluator, Kind kind, LocalDate dueOn, int toScore) {

	public enum Kind {

		/** Two days before the due date. */
		DUE_SOON,

		/** Once the due date has passed. */
		LATE

	}

}
