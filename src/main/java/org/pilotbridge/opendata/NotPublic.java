package org.pilotbridge.opendata;

/**
 * Asked for something that is not public: unknown, or a draft. Answered with {@code 404}, never
 * telling which.
 */
class NotPublic extends RuntimeException {

	NotPublic(String identifier) {
		super(identifier);
	}

	String identifier() {
		return getMessage();
	}

}
