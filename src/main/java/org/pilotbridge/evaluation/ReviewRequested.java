package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when a bidder asked for a review of the decision; the managers answer.
 */
public record ReviewRequested(ChallengeId challenge, ProposalId proposal, String companyName,
		AuditRecord auditRecord) implements AuditableEvent {
}
