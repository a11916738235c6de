package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when an administrator of an organisation changed its description.
 */
public record OrganisationUpdated(OrganisationId organisation, VerificationState verificationState,
		AuditRecord auditRecord) implements AuditableEvent {
}
