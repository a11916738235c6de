package org.pilotbridge.identity;

import java.time.Instant;
import java.util.UUID;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.shared.Language;

/**
 * Published when too many wrong passwords locked an account for a while.
 */
public record AccountLocked(UUID account, String email, Language language, Instant lockedUntil,
		AuditRecord auditRecord) implements AuditableEvent {
}
