package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * Published when a manager of the challenge designated the member who stands in for the
 * chair, who declared a conflict of interest: the stand-in records the consensus on the
 * proposals the chair is recused from and proposes the decision.
 */
public record StandInDesignated(ChallengeId challenge, PanelMemberId member, PersonId person, String name,
		String designatorName, String challengeReference, String challengeTitle,
		AuditRecord auditRecord) implements AuditableEvent {
}
