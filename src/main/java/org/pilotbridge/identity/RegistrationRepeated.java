package org.pilotbridge.identity;

import java.util.UUID;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.shared.Language;

/**
 * Published when someone tried to register an address that already has an account; its
 * owner is told, nobody else learns it.
 */
public record RegistrationRepeated(UUID account, String email, Language language, String signInLink, String resetLink,
		AuditRecord auditRecord) implements AuditableEvent {
}
