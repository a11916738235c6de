package org.pilotbridge.challenge;

/**
 * Thrown when a challenge does not exist, or the person may not know that it does (a
 * draft of another agency).
 */
public class ChallengeNotFound extends RuntimeException {

	public ChallengeNotFound(Object idOrReference) {
		super("No challenge " + idOrReference);
	}

}
