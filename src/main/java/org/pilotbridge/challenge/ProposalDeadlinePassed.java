package org.pilotbridge.challenge;

import java.util.List;

import org.pilotbridge.shared.InvalidInput;

/**
 * Thrown when something needs an open challenge (a submission, an amendment, an answer)
 * and the challenge is not published or its proposals deadline has passed. Nothing has
 * been changed.
 */
public class ProposalDeadlinePassed extends InvalidInput {

	public static final String MESSAGE_KEY = "challenge.deadline-passed";

	private final ChallengeId challenge;

	public ProposalDeadlinePassed(ChallengeId challenge) {
		super(List.of(new FieldProblem("challenge", MESSAGE_KEY, List.of())));
		this.challenge = challenge;
	}

	public ChallengeId challenge() {
		return challenge;
	}

}
