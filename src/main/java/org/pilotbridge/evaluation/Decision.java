package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * The chair's decision on a challenge: an award to one or more proposals (at most the
 * challenge's pilots to award) or no award. Where the agency wants it, an authorising
 * officer approves it first ({@code approvedBy}); the letters go out and the standstill
 * period starts at the approval (at the proposal where none is needed), and it comes into
 * force at the end of the standstill period, once every request for review is answered
 * ({@code finalisedAt}).
 *
 * @param winners the proposals awarded a pilot, in the order of the ranking; empty for no
 * award
 * @param justification why other proposals than the top of the ranking, or why no award;
 * may be empty for an award to the top of the ranking
 * @param standstillEndsAt from the approval; {@code null} while it awaits approval
 * @param byStandIn whether the stand-in proposed it, because the chair is recused from a
 * proposal
 * @param approvedBy the authorising officer who approved it; {@code null} while it awaits
 * approval, and when the agency needs none
 * @param approvedAt when it was approved, or proposed when no approval was needed;
 * {@code null} while it awaits approval
 */
public record Decision(ChallengeId challenge, DecisionKind kind, List<ProposalId> winners, String justification,
		PersonId decidedBy, Instant decidedAt, @Nullable Instant standstillEndsAt, @Nullable Instant finalisedAt,
		boolean byStandIn, @Nullable PersonId approvedBy, @Nullable Instant approvedAt) {

	public Decision {
		winners = List.copyOf(winners);
		if ((kind == DecisionKind.AWARD) == winners.isEmpty()) {
			throw new IllegalArgumentException("An award names its winners, no award names none");
		}
		if ((approvedAt == null) != (standstillEndsAt == null)) {
			throw new IllegalArgumentException("The standstill period starts at the approval");
		}
	}

	/** Whether it still waits for an authorising officer: no letter has gone out. */
	public boolean awaitsApproval() {
		return approvedAt == null;
	}

	public boolean isFinal() {
		return finalisedAt != null;
	}

	public boolean awards(ProposalId proposal) {
		return winners.contains(proposal);
	}

}
