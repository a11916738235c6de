package org.pilotbridge.challenge;

import java.time.LocalDate;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when the managers moved the scoring due date of an evaluation under way.
 *
 * @param scoringDueOn the new last day of scoring, in the challenge's time zone
 */
public record ScoringDueMoved(ChallengeId challenge, String reference, String title, LocalDate scoringDueOn,
		AuditRecord auditRecord) implements AuditableEvent {
}
