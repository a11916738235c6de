package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when the managers recorded or corrected the results of an ended pilot.
 */
public record PilotResultsRecorded(PilotId pilot, String reference, ChallengeId challenge, PilotOutcome outcome,
		PilotDecision decision, AuditRecord auditRecord) implements PilotEvent {
}
