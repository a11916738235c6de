package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * One evaluator's scores for one proposal: a draft until submitted, then locked.
 */
record ScoreSheet(ProposalId proposal, PersonId evaluator, List<Score> scores, Instant updatedAt,
		@Nullable Instant submittedAt) {

	public ScoreSheet {
		scores = List.copyOf(scores);
	}

	public boolean isSubmitted() {
		return submittedAt != null;
	}

}
