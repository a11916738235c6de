package org.pilotbridge.challenge.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.pilotbridge.challenge.EvaluationScale;
import org.pilotbridge.shared.ui.FieldGroup;

/**
 * What each point of the 0–5 scoring scale means; left blank, the standard descriptions
 * apply.
 */
class ScaleField extends FieldGroup<ScaleField, EvaluationScale> {

	private final List<TextField> descriptions = new ArrayList<>();

	ScaleField() {
		super(EvaluationScale.standard());
		getContent().add(new Paragraph(getTranslation("challenge.editor.scale-help")));
		for (var point = EvaluationScale.DEFAULT_MIN; point <= EvaluationScale.DEFAULT_MAX; point++) {
			var description = new TextField(getTranslation("challenge.editor.scale-point", point));
			description.setPlaceholder(getTranslation("challenge.scale.default." + point));
			description.setMaxLength(EvaluationScale.DESCRIPTION_MAX_LENGTH);
			description.setWidthFull();
			description.addValueChangeListener(change -> {
				if (change.isFromClient()) {
					setModelValue(typed(), true);
				}
			});
			descriptions.add(description);
			getContent().add(description);
		}
	}

	@Override
	protected void setPresentationValue(EvaluationScale scale) {
		for (var i = 0; i < descriptions.size(); i++) {
			descriptions.get(i).setValue(i < scale.descriptions().size() ? scale.descriptions().get(i) : "");
		}
	}

	private EvaluationScale typed() {
		var typed = descriptions.stream().map(TextField::getValue).toList();
		return typed.stream().allMatch(String::isBlank) ? EvaluationScale.standard()
				: new EvaluationScale(EvaluationScale.DEFAULT_MIN, EvaluationScale.DEFAULT_MAX, typed);
	}

	@Override
	public EvaluationScale getValue() {
		return typed();
	}

	@Override
	protected HasValidation errorField() {
		return descriptions.get(0);
	}

}
