package org.pilotbridge.challenge;

/**
 * A clarification question waits for the managers, who answer it in public or reject it.
 */
public enum QuestionState {

	PENDING, ANSWERED, REJECTED

}
