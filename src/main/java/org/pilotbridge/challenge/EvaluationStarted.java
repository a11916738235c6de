package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when the managers of a closed challenge started its evaluation.
 */
public record EvaluationStarted(ChallengeId challenge, String reference, String title, OrganisationId agency,
		AuditRecord auditRecord) implements AuditableEvent {
}
