package org.pilotbridge.consultation;

/**
 * Thrown when a consultation does not exist.
 */
public class ConsultationNotFound extends RuntimeException {

	public ConsultationNotFound(Object idOrReference) {
		super("No consultation " + idOrReference);
	}

}
