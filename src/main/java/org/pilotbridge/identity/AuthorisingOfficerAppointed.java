package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when an agency's administrator made a member an authorising officer, or
 * withdrew it.
 */
public record AuthorisingOfficerAppointed(OrganisationId organisation, PersonId person, boolean appointed,
		AuditRecord auditRecord) implements AuditableEvent {
}
