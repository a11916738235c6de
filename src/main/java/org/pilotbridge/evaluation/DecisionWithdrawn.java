package org.pilotbridge.evaluation;

import java.util.List;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * Published when the managers withdrew a decision in its standstill period, upholding a
 * request for review: it never comes into force, and the chair decides again.
 *
 * @param decidedBy who proposed the withdrawn decision
 * @param submitters the people who submitted the proposals, told that a new decision will
 * follow
 * @param reason the managers' answer to the request for review
 */
public record DecisionWithdrawn(ChallengeId challenge, PersonId decidedBy, List<PersonId> submitters, String reason,
		AuditRecord auditRecord) implements AuditableEvent {

	public DecisionWithdrawn {
		submitters = List.copyOf(submitters);
	}

}
