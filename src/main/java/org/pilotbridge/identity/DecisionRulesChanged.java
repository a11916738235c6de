package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when an agency's administrator changed which decisions need approval.
 */
public record DecisionRulesChanged(OrganisationId organisation, DecisionRules rules,
		AuditRecord auditRecord) implements AuditableEvent {
}
