package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;

/**
 * Published when the managers answered a clarification question in public; the person who
 * asked and the followers may be told.
 *
 * @param askedBy who asked the question; absent in events published before it was carried
 */
public record AnswerPublished(QuestionId question, ChallengeId challenge, String reference, String title,
		OrganisationId agency, @Nullable PersonId askedBy, AuditRecord auditRecord) implements AuditableEvent {
}
