package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when the managers completed the pilot and recorded its results.
 */
public record PilotCompleted(PilotId pilot, String reference, ChallengeId challenge, PilotOutcome outcome,
		PilotDecision decision, AuditRecord auditRecord) implements PilotEvent {
}
