package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a platform administrator verified an organisation.
 */
public record OrganisationVerified(OrganisationId organisation, String name,
		AuditRecord auditRecord) implements AuditableEvent {
}
