package org.pilotbridge.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Money;

/**
 * A proposal that counted at the close, as the panel evaluates it: the company, its price
 * and the time of receipt of its latest version.
 *
 * @param unverifiedCompany whether the company was still waiting for verification when
 * that version was received (its receipt says the evaluators are told so)
 */
public record Bidder(ProposalId proposal, OrganisationId company, String companyName, @Nullable Money price,
		Instant receivedAt, PersonId submittedBy, boolean unverifiedCompany) {
}
