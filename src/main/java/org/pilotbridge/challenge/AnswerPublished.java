package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when the managers answered a clarification question in public; followers may
 * be told.
 */
public record AnswerPublished(QuestionId question, ChallengeId challenge, String reference, String title,
		OrganisationId agency, AuditRecord auditRecord) implements AuditableEvent {
}
