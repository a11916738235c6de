package org.pilotbridge.challenge;

/**
 * Where a challenge is in its life:
 * {@code DRAFT → PUBLISHED → CLOSED → UNDER_EVALUATION → AWARDED |
 * NO_AWARD}, or {@code PUBLISHED → WITHDRAWN}. Everything but a draft is public.
 */
public enum ChallengeState {

	DRAFT, PUBLISHED, CLOSED, UNDER_EVALUATION, AWARDED, NO_AWARD, WITHDRAWN;

	public boolean isPublic() {
		return this != DRAFT;
	}

	/** The message key of the state's name. */
	public String messageKey() {
		return "challenge.state-name." + name();
	}

}
