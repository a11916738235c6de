package org.pilotbridge.evaluation;

import java.util.List;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;

/**
 * Published when a panel member declared, for every bidding company, whether they have a
 * conflict of interest; {@code conflicts} lists the companies they are recused from.
 */
public record InterestsDeclared(ChallengeId challenge, PersonId evaluator, String evaluatorName,
		List<OrganisationId> conflicts, AuditRecord auditRecord) implements AuditableEvent {
}
