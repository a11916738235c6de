package org.pilotbridge.identity;

import java.util.UUID;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.shared.Language;

/**
 * Published when the owner of an address asked for a new password; the link lets them
 * choose one.
 */
public record PasswordResetRequested(UUID account, String email, Language language, String link,
		AuditRecord auditRecord) implements AuditableEvent {
}
