package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when a milestone was added, changed, removed, marked done or marked not done;
 * the audit action says which.
 */
public record PilotMilestoneChanged(PilotId pilot, String reference, ChallengeId challenge, int milestone,
		AuditRecord auditRecord) implements PilotEvent {
}
