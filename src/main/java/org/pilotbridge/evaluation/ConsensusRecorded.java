package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when the chair recorded (or corrected) the consensus on a proposal.
 */
public record ConsensusRecorded(ChallengeId challenge, ProposalId proposal,
		AuditRecord auditRecord) implements AuditableEvent {
}
