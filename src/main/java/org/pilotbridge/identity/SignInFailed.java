package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a sign-in at the built-in provider failed.
 */
public record SignInFailed(String reason, AuditRecord auditRecord) implements AuditableEvent {
}
