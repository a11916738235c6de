package org.pilotbridge.proposal;

import java.util.List;

import org.pilotbridge.shared.InvalidInput.FieldProblem;

/**
 * What still stands between a proposal and its submission, one item per field, in the
 * order of the form. Submitting reports exactly these items as an
 * {@link org.pilotbridge.shared.InvalidInput}.
 */
public record Checklist(List<Item> missing) {

	public Checklist {
		missing = List.copyOf(missing);
	}

	static Checklist of(List<FieldProblem> problems) {
		return new Checklist(problems.stream().map(p -> new Item(p.field(), p.messageKey(), p.arguments())).toList());
	}

	/** Whether the proposal can be submitted as it is. */
	public boolean complete() {
		return missing.isEmpty();
	}

	/**
	 * One thing to do.
	 *
	 * @param field the form field it concerns, such as {@code price} or
	 * {@code answers.<criterionId>}
	 * @param messageKey the translated text (bundle {@code messages/proposal} or
	 * {@code messages/shared})
	 * @param arguments the values of the message's placeholders
	 */
	public record Item(String field, String messageKey, List<Object> arguments) {

		public Item {
			arguments = List.copyOf(arguments);
		}

	}

}
