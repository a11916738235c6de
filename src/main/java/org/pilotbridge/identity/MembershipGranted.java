package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a person became a member of an organisation, or got another role in it.
 */
public record MembershipGranted(OrganisationId organisation, PersonId person, MembershipRole role,
		AuditRecord auditRecord) implements AuditableEvent {
}
