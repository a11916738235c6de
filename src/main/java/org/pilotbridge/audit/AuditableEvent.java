package org.pilotbridge.audit;

/**
 * A domain event that belongs in the audit trail. The audit module listens to every such
 * event after its transaction commits, through the event publication registry, so no
 * entry is lost when the application stops mid-way.
 */
public interface AuditableEvent {

	AuditRecord auditRecord();

}
