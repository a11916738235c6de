package org.pilotbridge.pilot;

import java.time.LocalDate;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when the managers changed the pilot's start or end date.
 */
public record PilotScheduled(PilotId pilot, String reference, ChallengeId challenge, LocalDate startDate,
		LocalDate endDate, AuditRecord auditRecord) implements PilotEvent {
}
