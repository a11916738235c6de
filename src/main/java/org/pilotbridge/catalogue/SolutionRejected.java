package org.pilotbridge.catalogue;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a platform administrator refused a version of a solution, with the
 * reason the company sees. A version published earlier stays online.
 */
public record SolutionRejected(SolutionId solution, String reference, String name, OrganisationId company,
		String reason, AuditRecord auditRecord) implements AuditableEvent {
}
