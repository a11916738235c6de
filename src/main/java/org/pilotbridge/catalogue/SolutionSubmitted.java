package org.pilotbridge.catalogue;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a company submitted a version of a solution for screening.
 */
public record SolutionSubmitted(SolutionId solution, String reference, String name, OrganisationId company,
		AuditRecord auditRecord) implements AuditableEvent {
}
