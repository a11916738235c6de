package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when the agency answered a request for review; the bidder who filed it is
 * told.
 *
 * @param upheld whether the answer upheld it, withdrawing the decision
 */
public record ReviewAnswered(ChallengeId challenge, ProposalId proposal, PersonId filedBy, boolean upheld,
		AuditRecord auditRecord) implements AuditableEvent {
}
