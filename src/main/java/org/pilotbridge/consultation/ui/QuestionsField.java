package org.pilotbridge.consultation.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import org.pilotbridge.consultation.Consultation;
import org.pilotbridge.shared.ui.FieldGroup;

/**
 * The questions of a consultation, one field each ({@code question-<n>}); more can be
 * added.
 */
class QuestionsField extends FieldGroup<QuestionsField, List<String>> {

	private final List<TextField> questions = new ArrayList<>();

	QuestionsField(int initially) {
		super(List.of());
		setId("consultation-questions");
		for (var i = 0; i < initially; i++) {
			add();
		}
	}

	/**
	 * Adds an empty question, unless there are as many as a consultation may have;
	 * whether it did.
	 */
	boolean add() {
		if (questions.size() >= Consultation.MAX_QUESTIONS) {
			return false;
		}
		var question = new TextField(getTranslation("catalogue.consultation-editor.question", questions.size() + 1));
		question.setMaxLength(Consultation.QUESTION_MAX_LENGTH);
		question.setWidthFull();
		question.setId("question-" + questions.size());
		questions.add(question);
		getContent().add(question);
		return true;
	}

	void focusLast() {
		questions.get(questions.size() - 1).focus();
	}

	@Override
	protected void setPresentationValue(List<String> typed) {
		for (var i = 0; i < questions.size(); i++) {
			questions.get(i).setValue(i < typed.size() ? typed.get(i) : "");
		}
	}

	@Override
	public List<String> getValue() {
		return questions.stream().map(TextField::getValue).toList();
	}

	@Override
	protected HasValidation errorField() {
		return questions.get(0);
	}

}
