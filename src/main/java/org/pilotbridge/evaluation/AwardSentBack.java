package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * Published when an authorising officer sent the chair's decision back, with the reason;
 * the chair may propose again.
 */
public record AwardSentBack(ChallengeId challenge, PersonId decidedBy, String reason,
		AuditRecord auditRecord) implements AuditableEvent {
}
