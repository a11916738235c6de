package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when an agency withdrew a published challenge, with its public reason.
 */
public record ChallengeWithdrawn(ChallengeId challenge, String reference, String title, OrganisationId agency,
		String reason, AuditRecord auditRecord) implements AuditableEvent {
}
