package org.pilotbridge.opendata;

/**
 * Asked for something that is not public: unknown, or a draft. Answered with {@code 404},
 * never telling which.
 */
class NotPublic extends RuntimeException {

	private final String identifier;

	NotPublic(String identifier) {
		super(identifier);
		this.identifier = identifier;
	}

	String identifier() {
		return identifier;
	}

}
