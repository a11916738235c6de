package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * The chair's decision on a challenge: an award to one or more proposals (at most the
 * challenge's pilots to award) or no award. It comes into force at the end of the
 * standstill period ({@code finalisedAt}).
 *
 * @param winners the proposals awarded a pilot, in the order of the ranking; empty for no
 * award
 * @param justification why other proposals than the top of the ranking, or why no award;
 * may be empty for an award to the top of the ranking
 * @param byStandIn whether the stand-in proposed it, because the chair is recused from a
 * proposal
 */
public record Decision(ChallengeId challenge, DecisionKind kind, List<ProposalId> winners, String justification,
		PersonId decidedBy, Instant decidedAt, Instant standstillEndsAt, @Nullable Instant finalisedAt,
		boolean byStandIn) {

	public Decision {
		winners = List.copyOf(winners);
		if ((kind == DecisionKind.AWARD) == winners.isEmpty()) {
			throw new IllegalArgumentException("An award names its winners, no award names none");
		}
	}

	public boolean isFinal() {
		return finalisedAt != null;
	}

	public boolean awards(ProposalId proposal) {
		return winners.contains(proposal);
	}

}
