package org.pilotbridge.identity;

/**
 * Thrown when an organisation does not exist, or the person may not know that it does.
 */
public class OrganisationNotFound extends RuntimeException {

	public OrganisationNotFound(OrganisationId id) {
		super("No organisation " + id);
	}

}
