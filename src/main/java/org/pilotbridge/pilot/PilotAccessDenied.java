package org.pilotbridge.pilot;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown when someone who takes no part in a pilot tries to change it: with the message
 * key that tells them who may.
 */
public class PilotAccessDenied extends AccessDeniedException {

	static final String NOT_MANAGER = "pilot.refused.not-manager";

	static final String NOT_COMPANY_MEMBER = "pilot.refused.not-company-member";

	private final String messageKey;

	PilotAccessDenied(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
