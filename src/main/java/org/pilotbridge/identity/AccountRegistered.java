package org.pilotbridge.identity;

import java.util.UUID;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.shared.Language;

/**
 * Published when someone registered an account at the built-in provider; the link
 * confirms the address.
 */
public record AccountRegistered(UUID account, String email, String displayName, Language language, String link,
		AuditRecord auditRecord) implements AuditableEvent {
}
