package org.pilotbridge.evaluation;

import java.util.List;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when the chair proposed the award or no award of a challenge whose agency
 * wants an authorising officer's approval: nothing goes to the bidders yet.
 */
public record AwardProposed(ChallengeId challenge, DecisionKind kind, List<ProposalId> winners,
		AuditRecord auditRecord) implements AuditableEvent {

	public AwardProposed {
		winners = List.copyOf(winners);
	}

}
