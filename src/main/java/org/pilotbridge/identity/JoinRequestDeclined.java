package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when an administrator of an organisation declined a request to join.
 */
public record JoinRequestDeclined(OrganisationId organisation, PersonId person, String organisationName,
		AuditRecord auditRecord) implements AuditableEvent {
}
