package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Published when an evaluator submitted their scores for a proposal, which locks them.
 */
public record ScoresSubmitted(ChallengeId challenge, ProposalId proposal, PersonId evaluator,
		AuditRecord auditRecord) implements AuditableEvent {
}
