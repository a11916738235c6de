package org.pilotbridge.challenge;

import java.util.List;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a published challenge changed; its followers are told why and what
 * changed.
 */
public record ChallengeAmended(ChallengeId challenge, String reference, String title, OrganisationId agency,
		List<String> changedFields, String reason, AuditRecord auditRecord) implements AuditableEvent {
}
