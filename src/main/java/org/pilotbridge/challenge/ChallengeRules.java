package org.pilotbridge.challenge;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a challenge is open and accepts questions, in one place for the aggregate and
 * every read model that answers it: open while published and before the proposals
 * deadline (at the deadline it is closed), accepting questions while open and before the
 * questions deadline.
 */
final class ChallengeRules {

	private ChallengeRules() {
	}

	static boolean isOpen(ChallengeState state, @Nullable Instant proposalsDeadline, Instant now) {
		return state == ChallengeState.PUBLISHED && proposalsDeadline != null && now.isBefore(proposalsDeadline);
	}

	static boolean acceptsQuestions(ChallengeState state, @Nullable Instant questionsDeadline,
			@Nullable Instant proposalsDeadline, Instant now) {
		return isOpen(state, proposalsDeadline, now) && questionsDeadline != null && now.isBefore(questionsDeadline);
	}

	/**
	 * The state at that moment: a published challenge past its deadline is closed,
	 * recorded or not.
	 */
	static ChallengeState stateAt(ChallengeState state, @Nullable Instant proposalsDeadline, Instant now) {
		return state == ChallengeState.PUBLISHED && proposalsDeadline != null && !now.isBefore(proposalsDeadline)
				? ChallengeState.CLOSED : state;
	}

}
