package org.pilotbridge.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Money;

/**
 * A proposal's place in the ranking.
 *
 * @param rank 1 for the best
 * @param total the weighted total on 0–100, two decimals
 * @param contributions what each criterion contributes to the total, two decimals
 * @param awardable whether the total reaches the challenge's minimum total, if it has one
 * @param tieBreak which rule separated it from a neighbour with the same total, if any
 */
public record RankedProposal(ProposalId proposal, int rank, BigDecimal total,
		Map<CriterionId, BigDecimal> contributions, @Nullable Money price, Instant receivedAt, boolean awardable,
		TieBreak tieBreak) {

	public RankedProposal {
		contributions = Map.copyOf(contributions);
	}

	/** The rule that ordered two proposals with the same total. */
	public enum TieBreak {

		NONE, PRICE, RECEIPT;

		public String messageKey() {
			return "evaluation.tie-break." + name();
		}

	}

}
