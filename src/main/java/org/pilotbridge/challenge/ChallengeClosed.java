package org.pilotbridge.challenge;

import java.time.Instant;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published once when a challenge closed for good and its proposals were opened: the
 * opening delay after its proposals deadline, by the job or on first access after it (see
 * {@link ChallengeClosing}).
 */
public record ChallengeClosed(ChallengeId challenge, String reference, String title, OrganisationId agency,
		Instant deadline, Instant closedAt, int submittedCount, AuditRecord auditRecord) implements AuditableEvent {
}
