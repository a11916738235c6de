package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when the evaluation of a challenge ended without an award.
 */
public record ChallengeNotAwarded(ChallengeId challenge, String reference, String title, OrganisationId agency,
		AuditRecord auditRecord) implements AuditableEvent {
}
