package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a person asked to join an organisation; its administrators decide.
 */
public record JoinRequested(OrganisationId organisation, PersonId person, String organisationName,
		AuditRecord auditRecord) implements AuditableEvent {
}
