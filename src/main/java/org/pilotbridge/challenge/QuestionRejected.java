package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.PersonId;

/**
 * Published when the managers rejected a question; only the person who asked learns the
 * reason.
 */
public record QuestionRejected(QuestionId question, ChallengeId challenge, String reference, String title,
		PersonId askedBy, String reason, AuditRecord auditRecord) implements AuditableEvent {
}
