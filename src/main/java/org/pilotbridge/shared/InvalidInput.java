package org.pilotbridge.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown by services and value objects when input breaks a rule. It lists every problem
 * found, each tied to the field it concerns and described by a message key, so that a
 * form can show a translated message next to each field. Nothing has been changed when it
 * is thrown.
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(problems.toString());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input has at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInput(List.of(new FieldProblem(field, messageKey, List.of(arguments))));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * One broken rule: which field, which message key, which message arguments.
	 */
	public record FieldProblem(String field, String messageKey, List<Object> arguments) {

		public FieldProblem {
			arguments = List.copyOf(arguments);
		}

	}

	/**
	 * Collects the problems of one input so that all of them are reported at once.
	 */
	public static final class Problems {

		private final List<FieldProblem> found = new ArrayList<>();

		/** Records a problem unless the rule holds. */
		public Problems require(boolean rule, String field, String messageKey, Object... arguments) {
			if (!rule) {
				add(field, messageKey, arguments);
			}
			return this;
		}

		public Problems add(String field, String messageKey, Object... arguments) {
			found.add(new FieldProblem(field, messageKey, List.of(arguments)));
			return this;
		}

		public Problems addAll(InvalidInput invalid) {
			found.addAll(invalid.problems());
			return this;
		}

		public boolean isEmpty() {
			return found.isEmpty();
		}

		public void throwIfAny() {
			if (!found.isEmpty()) {
				throw new InvalidInput(found);
			}
		}

	}

}
