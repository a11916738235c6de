package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a person signed out on every device.
 */
public record SessionsRevoked(PersonId person, AuditRecord auditRecord) implements AuditableEvent {
}
