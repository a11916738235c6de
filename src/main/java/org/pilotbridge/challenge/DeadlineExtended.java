package org.pilotbridge.challenge;

import java.time.Instant;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published, besides {@link ChallengeAmended}, when an amendment moved the proposals
 * deadline later.
 */
public record DeadlineExtended(ChallengeId challenge, String reference, String title, OrganisationId agency,
		Instant previousDeadline, Instant newDeadline, AuditRecord auditRecord) implements AuditableEvent {
}
