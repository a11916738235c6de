package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.List;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when an authorising officer approved the chair's decision: the letters go out
 * and the standstill period starts, as {@link AwardDecided} says for a decision that
 * needed no approval.
 */
public record AwardApproved(ChallengeId challenge, DecisionKind kind, List<ProposalId> winners,
		Instant standstillEndsAt, PersonId decidedBy, AuditRecord auditRecord) implements AuditableEvent {

	public AwardApproved {
		winners = List.copyOf(winners);
	}

}
