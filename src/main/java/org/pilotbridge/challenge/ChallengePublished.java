package org.pilotbridge.challenge;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * Published when a challenge became public and open for proposals; saved searches are
 * matched against it.
 */
public record ChallengePublished(ChallengeId challenge, String reference, String title, OrganisationId agency,
		Instant questionsDeadline, Instant proposalsDeadline, ZoneId timeZone, Money budgetCap, List<String> cpvCodes,
		Language language, AuditRecord auditRecord) implements AuditableEvent {
}
