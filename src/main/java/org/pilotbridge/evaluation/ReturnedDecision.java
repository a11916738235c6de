package org.pilotbridge.evaluation;

import java.time.Instant;

import org.pilotbridge.identity.PersonId;

/**
 * A decision that did not come into force: sent back to the chair by an authorising
 * officer before its letters, or withdrawn by the managers in its standstill period after
 * upholding a request for review, with the reason; the chair may then decide again.
 */
public record ReturnedDecision(DecisionKind kind, PersonId decidedBy, Instant decidedAt, PersonId returnedBy,
		Instant returnedAt, String reason, Cause cause) {

	public enum Cause {

		/** An authorising officer sent it back before approving it. */
		SENT_BACK,

		/** The managers withdrew it, upholding a request for review. */
		WITHDRAWN_AFTER_REVIEW

	}

}
