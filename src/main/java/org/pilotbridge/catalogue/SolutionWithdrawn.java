package org.pilotbridge.catalogue;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a company took one of its solutions out of the catalogue.
 */
public record SolutionWithdrawn(SolutionId solution, String reference, String name, OrganisationId company,
		AuditRecord auditRecord) implements AuditableEvent {
}
