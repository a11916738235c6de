package org.pilotbridge.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * The chair's decision on a challenge: an award to one proposal or no award. It comes into force at
 * the end of the standstill period ({@code finalisedAt}).
 *
 * @param justification why another than the top of the ranking, or why no award; may be empty for
 * the award to the top of the ranking
 */
public record Decision(ChallengeId challenge, DecisionKind kind, @Nullable ProposalId winner, String justification,
		PersonId decidedBy, Instant decidedAt, Instant standstillEndsAt, @Nullable Instant finalisedAt) {

	public boolean isFinal() {
		return finalisedAt != null;
	}

}
