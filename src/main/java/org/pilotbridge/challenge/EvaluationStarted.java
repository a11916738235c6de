package org.pilotbridge.challenge;

import java.time.LocalDate;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when the managers of a closed challenge started its evaluation.
 *
 * @param scoringDueOn the last day of scoring, in the challenge's time zone
 */
public record EvaluationStarted(ChallengeId challenge, String reference, String title, OrganisationId agency,
		LocalDate scoringDueOn, AuditRecord auditRecord) implements AuditableEvent {
}
