package org.pilotbridge.pilot;

/**
 * Thrown when a pilot does not exist, or the person may not know that it does (its
 * results are not published and they take no part in it).
 */
public class PilotNotFound extends RuntimeException {

	public PilotNotFound(Object idOrReference) {
		super("No pilot " + idOrReference);
	}

}
