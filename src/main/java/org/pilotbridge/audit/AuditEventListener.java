package org.pilotbridge.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes every auditable domain event to the trail once its transaction has committed. A
 * replayed event carries the same record id and is ignored.
 */
@Component
class AuditEventListener {

	private final AuditEntries entries;

	AuditEventListener(AuditEntries entries) {
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(AuditableEvent event) {
		entries.append(event.auditRecord());
	}

}
