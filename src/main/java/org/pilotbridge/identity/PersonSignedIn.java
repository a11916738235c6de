package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when a person signed in.
 */
public record PersonSignedIn(PersonId person, String issuer, AuditRecord auditRecord) implements AuditableEvent {
}
