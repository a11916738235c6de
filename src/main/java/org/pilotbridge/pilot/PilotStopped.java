package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when the managers stopped the pilot, with their reason.
 */
public record PilotStopped(PilotId pilot, String reference, ChallengeId challenge,
		AuditRecord auditRecord) implements PilotEvent {
}
