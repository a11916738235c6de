package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when someone registered an organisation, which now waits for verification.
 */
public record OrganisationRegistered(OrganisationId organisation, OrganisationKind kind, String name, PersonId founder,
		AuditRecord auditRecord) implements AuditableEvent {
}
