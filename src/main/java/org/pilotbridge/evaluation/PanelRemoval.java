package org.pilotbridge.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * A member a manager of the challenge removed from its panel, as they were then.
 *
 * @param member the member as they sat on the panel until the removal
 * @param reason why, as the manager gave it; in the evaluation report and the audit trail
 * @param newChair the member who took over the chair, when the chair was removed
 * @param discardedDrafts how many unsubmitted score sheets were discarded with the member
 */
public record PanelRemoval(PanelMember member, PersonId removedBy, Instant removedAt, String reason,
		@Nullable PanelMemberId newChair, int discardedDrafts) {

	public static final int REASON_MIN_LENGTH = 10;

	public static final int REASON_MAX_LENGTH = 500;

	public ChallengeId challenge() {
		return member.challenge();
	}

}
