package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when a bidder asked for a debriefing; the managers answer.
 */
public record DebriefingRequested(ChallengeId challenge, ProposalId proposal, String companyName,
		AuditRecord auditRecord) implements AuditableEvent {
}
