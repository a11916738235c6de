package org.pilotbridge.pilot.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.pilotbridge.pilot.Pilot;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.shared.ui.FieldErrors;

/**
 * The outcome, the lessons learned and the decision of a pilot, as the managers record
 * them.
 */
class ResultsForm extends Div {

	private final RadioButtonGroup<PilotOutcome> outcome = new RadioButtonGroup<>();

	private final TextArea lessons = new TextArea();

	private final RadioButtonGroup<PilotDecision> decision = new RadioButtonGroup<>();

	ResultsForm(String idPrefix, PilotResults current, Component translator) {
		outcome.setLabel(translator.getTranslation("pilot.field.outcome"));
		outcome.setItems(Arrays.asList(PilotOutcome.values()));
		outcome.setItemLabelGenerator(value -> translator.getTranslation(value.messageKey()));
		outcome.setRequiredIndicatorVisible(true);
		outcome.setId(idPrefix + "-outcome");
		outcome.setValue(current.outcome());
		lessons.setLabel(translator.getTranslation("pilot.field.lessons"));
		lessons.setHelperText(translator.getTranslation("pilot.field.lessons-help"));
		lessons.setMaxLength(Pilot.LESSONS_MAX_LENGTH);
		lessons.setRequiredIndicatorVisible(true);
		lessons.setWidthFull();
		lessons.setMinHeight("10em");
		lessons.setId(idPrefix + "-lessons");
		lessons.setValue(current.lessons());
		decision.setLabel(translator.getTranslation("pilot.field.decision"));
		decision.setItems(Arrays.asList(PilotDecision.values()));
		decision.setItemLabelGenerator(value -> translator.getTranslation(value.messageKey()));
		decision.setRequiredIndicatorVisible(true);
		decision.setId(idPrefix + "-decision");
		decision.setValue(current.decision());
		add(outcome, lessons, decision);
		addClassName("results-form");
	}

	PilotResults value() {
		return new PilotResults(outcome.getValue(), lessons.getValue(), decision.getValue());
	}

	void bind(FieldErrors errors) {
		errors.bind("outcome", outcome).bind("lessons", lessons).bind("decision", decision);
	}

}
