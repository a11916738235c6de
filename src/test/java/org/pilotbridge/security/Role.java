package org.pilotbridge.security;

/**
 * The columns of the access matrix: who tries.
 */
enum Role {

	ANONYMOUS("anonymous"), OTHER_COMPANY("member of another company"), COMPANY("company member"),
	OTHER_AGENCY("member of another agency"), MANAGER("challenge manager"), OTHER_PANEL("evaluator of another panel"),
	EVALUATOR("evaluator"), ADMIN("platform administrator");

	private final String description;

	Role(String description) {
		this.description = description;
	}

	String description() {
		return description;
	}

}
