package org.pilotbridge.catalogue;

/**
 * Thrown when a solution (or one of its files) does not exist, or the person may not know
 * that it does (a working version of another company).
 */
public class SolutionNotFound extends RuntimeException {

	public SolutionNotFound(Object idOrReference) {
		super("No solution " + idOrReference);
	}

}
