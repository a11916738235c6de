package org.pilotbridge.challenge;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a challenge manager started a draft.
 */
public record ChallengeDrafted(ChallengeId challenge, OrganisationId agency,
		AuditRecord auditRecord) implements AuditableEvent {
}
