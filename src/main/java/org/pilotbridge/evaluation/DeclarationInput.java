package org.pilotbridge.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * What a panel member declares about one bidding company: an explicit choice, never a
 * default.
 *
 * @param choice no conflict or a conflict; none while the member has not decided, which
 * the service refuses
 * @param description what the conflict is; required with a conflict, ignored without one
 */
public record DeclarationInput(@Nullable Choice choice, String description) {

	/** The two answers a member can give about a company. */
	public enum Choice {

		NO_CONFLICT, CONFLICT;

		public String messageKey() {
			return "evaluation.declarations." + (this == CONFLICT ? "conflict" : "no-conflict");
		}

	}

	public DeclarationInput {
		description = description == null ? "" : description;
	}

	public static DeclarationInput noConflict() {
		return new DeclarationInput(Choice.NO_CONFLICT, "");
	}

	public static DeclarationInput conflict(String description) {
		return new DeclarationInput(Choice.CONFLICT, description);
	}

	/** Nothing chosen yet. */
	public static DeclarationInput undecided() {
		return new DeclarationInput(null, "");
	}

	public boolean isDecided() {
		return choice != null;
	}

	public boolean conflict() {
		return choice == Choice.CONFLICT;
	}

}
