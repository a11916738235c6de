package org.pilotbridge.proposal;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when the evaluation recorded what became of a submitted proposal.
 */
public record ProposalOutcomeRecorded(ProposalId proposal, ChallengeId challenge, OrganisationId company,
		ProposalOutcome outcome, AuditRecord auditRecord) implements AuditableEvent {
}
