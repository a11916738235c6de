package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when an administrator deactivated a person, who is signed out and can no
 * longer sign in.
 */
public record PersonDeactivated(PersonId person, AuditRecord auditRecord) implements AuditableEvent {
}
