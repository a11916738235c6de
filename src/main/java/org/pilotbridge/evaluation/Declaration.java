package org.pilotbridge.evaluation;

import java.time.Instant;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * What a panel member declared about one bidding company; a conflict recuses them from
 * its proposal. A declaration belongs to the seat it was made in: a member removed and
 * invited again declares afresh, and the earlier declarations stay on the record.
 *
 * @param seat the panel seat (invitation) the member held when declaring
 */
public record Declaration(ChallengeId challenge, PersonId member, PanelMemberId seat, ProposalId proposal,
		OrganisationId company, boolean conflict, String description, Instant declaredAt) {

	public static final int DESCRIPTION_MAX_LENGTH = 500;

}
