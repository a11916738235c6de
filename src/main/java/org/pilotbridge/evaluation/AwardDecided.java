package org.pilotbridge.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when the chair proposed the award or no award; the letters go out and the standstill period starts.
 */
public record AwardDecided(ChallengeId challenge, DecisionKind kind, @Nullable ProposalId winner, Instant standstillEndsAt, AuditRecord auditRecord) implements AuditableEvent {
}
