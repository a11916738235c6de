package org.pilotbridge.consultation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a company answered a consultation, or changed its answer, before the
 * close. The audit record keeps the time of receipt, never the content.
 */
public record ConsultationAnswered(ConsultationId consultation, String reference, OrganisationId company,
		boolean revised, AuditRecord auditRecord) implements AuditableEvent {
}
