package org.pilotbridge.identity;

import java.util.UUID;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.shared.Language;

/**
 * Published when the password of an account was changed through a reset link.
 */
public record PasswordChanged(UUID account, String email, Language language,
		AuditRecord auditRecord) implements AuditableEvent {
}
