package org.pilotbridge.catalogue.ui;

import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

import org.pilotbridge.catalogue.Solution;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.ui.CpvCodesField;
import org.pilotbridge.shared.ui.DraftForm;
import org.pilotbridge.shared.ui.EditorStep;
import org.pilotbridge.shared.ui.LanguagesField;

/**
 * The texts and classification of a solution profile, in two steps, bound to its
 * {@link SolutionProfile}; each field's id is {@code solution-<component>}.
 */
class SolutionForm extends Div {

	final TextField name = new TextField();

	private final TextArea pitch = new TextArea();

	private final TextArea description = new TextArea();

	private final TextArea problemsSolved = new TextArea();

	private final CpvCodesField cpvCodes;

	private final Select<Integer> trl = new Select<>();

	private final TextArea customerReferences = new TextArea();

	private final LanguagesField languages;

	private final TextField website = new TextField();

	final DraftForm<SolutionProfile> form = new DraftForm<>(SolutionProfile.class, this);

	SolutionForm(CpvCatalogue cpv) {
		cpvCodes = new CpvCodesField("solution", cpv::searchCodes, cpv::describe);
		languages = new LanguagesField("solution", getTranslation("catalogue.editor.text-language"),
				getTranslation("catalogue.editor.other-languages"));
		text(name, "name", Solution.NAME_MAX_LENGTH);
		text(pitch, "pitch", Solution.PITCH_MAX_LENGTH);
		pitch.setHelperText(getTranslation("catalogue.editor.pitch-help"));
		text(description, "description", Solution.DESCRIPTION_MAX_LENGTH);
		description.setMinHeight("10em");
		description.setHelperText(getTranslation("catalogue.editor.markdown-help"));
		text(problemsSolved, "problemsSolved", Solution.PROBLEMS_MAX_LENGTH);
		problemsSolved.setHelperText(getTranslation("catalogue.editor.problems-help"));
		text(customerReferences, "customerReferences", Solution.REFERENCES_MAX_LENGTH);
		customerReferences.setHelperText(getTranslation("catalogue.editor.references-help"));
		text(website, "website", Solution.WEBSITE_MAX_LENGTH);
		website.setHelperText(getTranslation("catalogue.editor.website-help"));
		cpvCodes.setLabel(getTranslation("catalogue.field.cpvCodes"));
		cpvCodes.setHelperText(getTranslation("catalogue.editor.cpv-help"));
		label(trl, "trl");
		trl.setItems(IntStream.rangeClosed(Solution.MIN_TRL, Solution.MAX_TRL).boxed().toList());
		trl.setItemLabelGenerator(level -> level == null ? "" : CatalogueBadges.readiness(level, this));
		trl.setHelperText(getTranslation("catalogue.editor.trl-help"));
		trl.setWidthFull();
		bind();
		add(EditorStep.of(this, "catalogue.editor.step.what", name, pitch, description, problemsSolved,
				customerReferences),
				EditorStep.of(this, "catalogue.editor.step.classification", cpvCodes, trl, languages, website));
	}

	/**
	 * Each field to the profile's component of its name, which is also the key of its
	 * problems.
	 */
	private void bind() {
		form.field(name).bind("name");
		form.field(pitch).bind("pitch");
		form.field(description).bind("description");
		form.field(problemsSolved).bind("problemsSolved");
		form.field(cpvCodes).bind("cpvCodes");
		form.field(trl).bind("trl");
		form.field(customerReferences).bind("customerReferences");
		form.field(languages).bind("languages");
		form.field(website).withNullRepresentation("").bind("website");
	}

	void read(SolutionProfile profile) {
		form.read(profile);
	}

	SolutionProfile value() {
		return form.value();
	}

	private void text(TextFieldBase<?, String> field, String fieldName, int maxLength) {
		label(field, fieldName);
		if (field instanceof TextField textField) {
			textField.setMaxLength(maxLength);
		}
		if (field instanceof TextArea textArea) {
			textArea.setMaxLength(maxLength);
		}
		field.setWidthFull();
	}

	private void label(Component field, String fieldName) {
		field.getElement().setProperty("label", getTranslation("catalogue.field." + fieldName));
		field.setId("solution-" + fieldName);
	}

}
