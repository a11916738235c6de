package org.pilotbridge.proposal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Money;

/**
 * The public facts of an awarded proposal, as its latest submitted version gives them:
 * the winning company under the name it submitted with, the price excluding VAT and the
 * weeks it planned. The award notice publishes the winner and the amount; nothing of the
 * proposal's content is here.
 *
 * @param awardedAt when the evaluation recorded the award
 */
public record AwardedProposal(ProposalId id, ChallengeId challenge, OrganisationId company, String companyName,
		@Nullable Money price, @Nullable Integer timelineWeeks, Instant receivedAt, Instant awardedAt) {
}
