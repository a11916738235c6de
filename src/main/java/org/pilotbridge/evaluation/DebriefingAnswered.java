package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when the agency answered a request for a debriefing; the bidder who asked is
 * told.
 */
public record DebriefingAnswered(ChallengeId challenge, ProposalId proposal, PersonId askedBy,
		AuditRecord auditRecord) implements AuditableEvent {
}
