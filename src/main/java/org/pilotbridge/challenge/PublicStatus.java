package org.pilotbridge.challenge;

import java.util.Set;

/**
 * The states visitors filter public challenges by.
 */
public enum PublicStatus {

	/** Published and accepting proposals. */
	OPEN(Set.of(ChallengeState.PUBLISHED)),

	/** Past the deadline, evaluated or being evaluated. */
	CLOSED(Set.of(ChallengeState.CLOSED, ChallengeState.UNDER_EVALUATION)),

	/** Evaluated: awarded or not. */
	AWARDED(Set.of(ChallengeState.AWARDED, ChallengeState.NO_AWARD)),

	WITHDRAWN(Set.of(ChallengeState.WITHDRAWN));

	private final Set<ChallengeState> states;

	PublicStatus(Set<ChallengeState> states) {
		this.states = states;
	}

	public Set<ChallengeState> states() {
		return states;
	}

	public String messageKey() {
		return "challenge.public-status." + name();
	}

}
