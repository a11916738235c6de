package org.pilotbridge.proposal;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;

/**
 * Published when a company withdrew its submitted proposal before the deadline.
 *
 * @param latestVersion the version that no longer counts
 */
public record ProposalWithdrawn(ProposalId proposal, ChallengeId challenge, OrganisationId company,
		PersonId withdrawnBy, int latestVersion, AuditRecord auditRecord) implements AuditableEvent {
}
