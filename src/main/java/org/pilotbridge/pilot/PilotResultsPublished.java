package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when the managers published the results of the pilot for everyone to read.
 */
public record PilotResultsPublished(PilotId pilot, String reference, ChallengeId challenge,
		AuditRecord auditRecord) implements PilotEvent {
}
