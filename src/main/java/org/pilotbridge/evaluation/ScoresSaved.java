package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Language;

/**
 * Published when an evaluator saved a draft of their scores for a proposal.
 */
public record ScoresSaved(ChallengeId challenge, ProposalId proposal, PersonId evaluator, AuditRecord auditRecord) implements AuditableEvent {
}
