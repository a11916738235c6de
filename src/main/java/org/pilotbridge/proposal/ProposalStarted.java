package org.pilotbridge.proposal;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a company started a proposal for a challenge.
 */
public record ProposalStarted(ProposalId proposal, ChallengeId challenge, OrganisationId company,
		AuditRecord auditRecord) implements AuditableEvent {
}
