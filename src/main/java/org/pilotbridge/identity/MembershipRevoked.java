package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a person left an organisation or was removed from it.
 */
public record MembershipRevoked(OrganisationId organisation, PersonId person,
		AuditRecord auditRecord) implements AuditableEvent {
}
