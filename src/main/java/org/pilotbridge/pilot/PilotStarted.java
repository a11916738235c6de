package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when the managers started the pilot.
 */
public record PilotStarted(PilotId pilot, String reference, ChallengeId challenge,
		AuditRecord auditRecord) implements PilotEvent {
}
