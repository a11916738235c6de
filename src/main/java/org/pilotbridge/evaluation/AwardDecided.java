package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.List;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when the chair proposed the award or no award; the letters go out and the
 * standstill period starts.
 *
 * @param winners the proposals proposed for award, one per pilot, in the order of the
 * ranking; empty for no award
 */
public record AwardDecided(ChallengeId challenge, DecisionKind kind, List<ProposalId> winners, Instant standstillEndsAt,
		AuditRecord auditRecord) implements AuditableEvent {

	public AwardDecided {
		winners = List.copyOf(winners);
	}

}
