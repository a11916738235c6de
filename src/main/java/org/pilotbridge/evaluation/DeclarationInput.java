package org.pilotbridge.evaluation;

/**
 * What a panel member declares about one bidding company.
 *
 * @param description what the conflict is; required with a conflict, ignored without one
 */
public record DeclarationInput(boolean conflict, String description) {

	public static DeclarationInput noConflict() {
		return new DeclarationInput(false, "");
	}

	public static DeclarationInput conflict(String description) {
		return new DeclarationInput(true, description);
	}

}
