package org.pilotbridge.identity.provider;

/**
 * A client has used up its share of guesses or mails for now; nothing it asked was done.
 */
class TooManyAttempts extends RuntimeException {

	private final long minutes;

	TooManyAttempts(long minutes) {
		super("Too many attempts from this client; wait " + minutes + " minutes");
		this.minutes = minutes;
	}

	/** How long to wait, in whole minutes. */
	long minutes() {
		return minutes;
	}

}
