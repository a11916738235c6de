package org.pilotbridge.evaluation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * A bidder's request for review of the decision, filed during the standstill period; the
 * decision does not come into force until the agency has answered it. Upheld, the
 * decision was withdrawn and the chair decides again.
 *
 * @param decisionApprovedAt when the decision it contests was approved: a bidder files
 * one request per decision
 * @param upheld whether the managers upheld it (or another request against the same
 * decision), withdrawing the decision
 */
public record ReviewRequest(UUID id, ChallengeId challenge, ProposalId proposal, PersonId filedBy, Instant filedAt,
		String reasons, Instant decisionApprovedAt, @Nullable String answer, @Nullable PersonId answeredBy,
		@Nullable Instant answeredAt, boolean upheld) {

	public static final int TEXT_MAX_LENGTH = 4000;

	public boolean isAnswered() {
		return answeredAt != null;
	}

}
