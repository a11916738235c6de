package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a company asked a clarification question; the managers of the challenge
 * answer it. It does not say who asked.
 */
public record QuestionAsked(QuestionId question, ChallengeId challenge, String reference, String title,
		OrganisationId agency, AuditRecord auditRecord) implements AuditableEvent {
}
