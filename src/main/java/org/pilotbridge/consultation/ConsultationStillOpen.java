package org.pilotbridge.consultation;

import java.util.List;

import org.pilotbridge.shared.InvalidInput;

/**
 * Thrown when the agency asks for the answers of a consultation before it closes: nobody,
 * the agency included, reads them earlier, so that every company answers on equal terms.
 */
public class ConsultationStillOpen extends InvalidInput {

	public static final String MESSAGE_KEY = "catalogue.consultation.still-open";

	public ConsultationStillOpen() {
		super(List.of(new FieldProblem("consultation", MESSAGE_KEY, List.of())));
	}

}
