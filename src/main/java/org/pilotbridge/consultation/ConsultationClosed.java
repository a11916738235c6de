package org.pilotbridge.consultation;

import java.util.List;

import org.pilotbridge.shared.InvalidInput;

/**
 * Thrown when a company answers a consultation after its closing time. Nothing has been
 * changed.
 */
public class ConsultationClosed extends InvalidInput {

	public static final String MESSAGE_KEY = "catalogue.consultation.closed";

	public ConsultationClosed() {
		super(List.of(new FieldProblem("consultation", MESSAGE_KEY, List.of())));
	}

}
