package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a platform administrator rejected an organisation, with a reason its
 * members see.
 */
public record OrganisationRejected(OrganisationId organisation, String name, String reason,
		AuditRecord auditRecord) implements AuditableEvent {
}
