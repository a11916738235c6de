package org.pilotbridge.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * A member removed from the panel, as they were then: by a manager of the challenge, or
 * by the system because they belong to a bidding company.
 *
 * @param member the member as they sat on the panel until the removal
 * @param removedBy the manager who removed them; none when the system did
 * @param reason why, as the manager gave it; in the evaluation report and the audit
 * trail; empty when the system removed them ({@code cause} and {@code biddingCompany} say
 * why)
 * @param newChair the member who took over the chair, when the chair was removed
 * @param discardedDrafts how many unsubmitted score sheets were discarded with the member
 * @param biddingCompany the bidding company they belong to, when that is the cause
 */
public record PanelRemoval(PanelMember member, @Nullable PersonId removedBy, Instant removedAt, String reason,
		@Nullable PanelMemberId newChair, int discardedDrafts, RemovalCause cause, @Nullable String biddingCompany) {

	/** A removal by a manager, with a reason. */
	public PanelRemoval(PanelMember member, PersonId removedBy, Instant removedAt, String reason,
			@Nullable PanelMemberId newChair, int discardedDrafts) {
		this(member, removedBy, removedAt, reason, newChair, discardedDrafts, RemovalCause.MANAGER, null);
	}

	/**
	 * A removal by the system of a member who belongs to a company with a proposal for
	 * the challenge.
	 */
	static PanelRemoval ofBidder(PanelMember member, Instant removedAt, int discardedDrafts, String company) {
		return new PanelRemoval(member, null, removedAt, "", null, discardedDrafts, RemovalCause.BIDDING_COMPANY,
				company);
	}

	public static final int REASON_MIN_LENGTH = 10;

	public static final int REASON_MAX_LENGTH = 500;

	public ChallengeId challenge() {
		return member.challenge();
	}

}
