package org.pilotbridge.catalogue;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a platform administrator approved a version of a solution: it is now the
 * one the public sees.
 *
 * @param firstTime whether the solution entered the catalogue, rather than a newer
 * version replacing the published one
 */
public record SolutionPublished(SolutionId solution, String reference, String name, OrganisationId company,
		boolean firstTime, AuditRecord auditRecord) implements AuditableEvent {
}
