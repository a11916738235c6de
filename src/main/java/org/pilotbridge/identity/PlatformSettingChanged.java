package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a platform administrator changed a rule of the platform.
 */
public record PlatformSettingChanged(String name, String value, AuditRecord auditRecord) implements AuditableEvent {
}
