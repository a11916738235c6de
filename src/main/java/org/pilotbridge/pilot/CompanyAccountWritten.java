package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when a member of the winning company wrote or changed the company's account of the pilot.
 */
public record CompanyAccountWritten(PilotId pilot, String reference, ChallengeId challenge, AuditRecord auditRecord)
		implements PilotEvent {
}
