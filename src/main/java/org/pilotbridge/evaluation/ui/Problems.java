package org.pilotbridge.evaluation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.pilotbridge.shared.InvalidInput;

/** Turns a refusal into the translated sentences it stands for. */
final class Problems {

	private Problems() {
	}

	static String text(InvalidInput invalid, Component translator) {
		return invalid.problems()
			.stream()
			.map(problem -> translator.getTranslation(problem.messageKey(), problem.arguments().toArray()))
			.distinct()
			.collect(Collectors.joining(" "));
	}

}
