package org.pilotbridge.evaluation;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when the decision came into force at the end of the standstill period.
 */
public record AwardFinalised(ChallengeId challenge, DecisionKind kind, @Nullable ProposalId winner, AuditRecord auditRecord) implements AuditableEvent {
}
