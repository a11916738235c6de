package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a challenge manager deleted a draft that was never published.
 */
public record DraftDiscarded(ChallengeId challenge, OrganisationId agency,
		AuditRecord auditRecord) implements AuditableEvent {
}
