package org.pilotbridge.consultation;

import java.time.Instant;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when an agency opened a market consultation.
 */
public record ConsultationPublished(ConsultationId consultation, String reference, String title, OrganisationId agency,
		Instant closesAt, AuditRecord auditRecord) implements AuditableEvent {
}
