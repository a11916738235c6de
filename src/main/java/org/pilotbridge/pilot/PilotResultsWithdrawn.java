package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when the managers took the results of the pilot offline again.
 */
public record PilotResultsWithdrawn(PilotId pilot, String reference, ChallengeId challenge,
		AuditRecord auditRecord) implements PilotEvent {
}
