package org.pilotbridge.challenge;

import java.util.List;

import org.pilotbridge.shared.InvalidInput;

/**
 * Thrown when a change of a proposal received in time could not be recorded within the
 * submission timeout of its receipt: it is refused, so that nothing commits after the
 * proposals are opened. Nothing has been changed; the person learns that their change was
 * not received.
 *
 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
 */
public class SubmissionTimedOut extends InvalidInput {

	public static final String MESSAGE_KEY = "challenge.submission-timed-out";

	private final ChallengeId challenge;

	public SubmissionTimedOut(ChallengeId challenge, long timeoutSeconds) {
		super(List.of(new FieldProblem("challenge", MESSAGE_KEY, List.of(timeoutSeconds))));
		this.challenge = challenge;
	}

	public ChallengeId challenge() {
		return challenge;
	}

}
