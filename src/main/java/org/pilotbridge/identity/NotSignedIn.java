package org.pilotbridge.identity;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Thrown when an action needs a signed-in person and there is none.
 */
public class NotSignedIn extends AuthenticationCredentialsNotFoundException {

	public NotSignedIn() {
		super("This action needs a signed-in person");
	}

}
