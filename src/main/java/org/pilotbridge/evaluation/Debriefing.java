package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * A bidder's request for a debriefing about the decision; the agency answers with a
 * meeting, in writing, or both.
 */
public record Debriefing(UUID id, ChallengeId challenge, ProposalId proposal, PersonId askedBy, Instant askedAt,
		String message, @Nullable Instant meetingAt, @Nullable String answer, @Nullable PersonId answeredBy,
		@Nullable Instant answeredAt) {

	public static final int MESSAGE_MAX_LENGTH = 2000;

	public boolean isAnswered() {
		return answeredAt != null;
	}

}
