package org.pilotbridge.evaluation;

import java.util.List;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when the decision came into force at the end of the standstill period: the
 * challenge is {@code AWARDED} (one pilot per proposal in {@code winners}) or
 * {@code NO_AWARD}.
 *
 * @param winners the awarded proposals, one per pilot, in the order of the ranking; empty
 * for no award
 */
public record AwardFinalised(ChallengeId challenge, DecisionKind kind, List<ProposalId> winners,
		AuditRecord auditRecord) implements AuditableEvent {

	public AwardFinalised {
		winners = List.copyOf(winners);
	}

}
