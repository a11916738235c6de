package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when an administrator allowed a deactivated person to sign in again.
 */
public record PersonReactivated(PersonId person, AuditRecord auditRecord) implements AuditableEvent {
}
