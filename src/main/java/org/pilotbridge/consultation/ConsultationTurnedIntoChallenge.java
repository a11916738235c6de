package org.pilotbridge.consultation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when a manager started a draft challenge from a consultation.
 */
public record ConsultationTurnedIntoChallenge(ConsultationId consultation, String reference, ChallengeId challenge,
		AuditRecord auditRecord) implements AuditableEvent {
}
