package org.pilotbridge.challenge.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.pilotbridge.challenge.Challenge;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;

/**
 * The award criteria: one to ten, each with a name, a description, a weight and a type;
 * the total of the weights is shown as it changes, since it must be exactly 100. A
 * problem of the criteria as a whole (their weights, their number) shows above them.
 */
class CriteriaEditor extends AbstractCompositeField<Div, CriteriaEditor, List<CriterionData>>
		implements HasValidation, HasLabel {

	private final List<Row> rows = new ArrayList<>();

	private final Div list = new Div();

	private final Paragraph total = new Paragraph();

	private final Paragraph error = new Paragraph();

	private final Button add;

	CriteriaEditor() {
		super(List.of());
		setId("criteria-editor");
		total.getElement().setAttribute("aria-live", "polite");
		total.setId("weight-total");
		add = new Button(getTranslation("challenge.editor.add-criterion"), click -> {
			addRow(CriterionData.of("", "", 0, CriterionType.QUALITATIVE));
			changed();
		});
		add.setId("add-criterion");
		error.setId("criteria-error");
		error.addClassName("alert-error");
		error.setVisible(false);
		// The error summary moves the focus here.
		getElement().setAttribute("tabindex", "-1");
		getContent().add(error, list, total, add);
	}

	@Override
	public void setErrorMessage(String errorMessage) {
		error.setText(errorMessage == null ? "" : errorMessage);
	}

	@Override
	public String getErrorMessage() {
		return error.getText();
	}

	@Override
	public void setInvalid(boolean invalid) {
		error.setVisible(invalid);
	}

	@Override
	public boolean isInvalid() {
		return error.isVisible();
	}

	@Override
	protected void setPresentationValue(List<CriterionData> criteria) {
		rows.clear();
		list.removeAll();
		criteria.forEach(this::addRow);
		updateTotal();
	}

	private List<CriterionData> value() {
		return rows.stream().map(Row::value).toList();
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		super.setReadOnly(readOnly);
		rows.forEach(row -> row.setReadOnly(readOnly));
		add.setVisible(!readOnly);
	}

	private void addRow(CriterionData data) {
		var row = new Row(rows.size() + 1, data);
		rows.add(row);
		list.add(row);
		add.setEnabled(rows.size() < Challenge.MAX_CRITERIA);
	}

	private void changed() {
		updateTotal();
		setModelValue(value(), true);
	}

	private void updateTotal() {
		var sum = rows.stream().mapToInt(row -> row.weight.getValue() == null ? 0 : row.weight.getValue()).sum();
		total.setText(getTranslation("challenge.editor.weight-total", sum));
		total.getElement().getClassList().set("weight-ok", sum == 100);
	}

	private final class Row extends FieldSet {

		private final CriterionData original;

		private final TextField name = new TextField();

		private final TextArea description = new TextArea();

		private final IntegerField weight = new IntegerField();

		private final Select<CriterionType> type = new Select<>();

		private final Button remove;

		Row(int number, CriterionData data) {
			this.original = data;
			setLegendText(CriteriaEditor.this.getTranslation("challenge.editor.criterion", number));
			addClassName("criterion-row");
			name.setLabel(getTranslation("challenge.editor.criterion-name"));
			name.setMaxLength(Criterion.NAME_MAX_LENGTH);
			name.setValue(data.name());
			name.setWidthFull();
			description.setLabel(getTranslation("challenge.editor.criterion-description"));
			description.setMaxLength(Criterion.DESCRIPTION_MAX_LENGTH);
			description.setValue(data.description());
			description.setWidthFull();
			weight.setLabel(getTranslation("challenge.editor.criterion-weight"));
			weight.setMin(0);
			weight.setMax(100);
			weight.setStepButtonsVisible(true);
			weight.setValue(data.weight());
			type.setLabel(getTranslation("challenge.editor.criterion-type"));
			type.setItems(CriterionType.values());
			type.setItemLabelGenerator(t -> getTranslation("challenge.criterion-type." + t.name()));
			type.setValue(data.type());
			remove = new Button(getTranslation("challenge.editor.remove-criterion"), click -> {
				rows.remove(this);
				list.remove(this);
				add.setEnabled(true);
				changed();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.setAriaLabel(getTranslation("challenge.editor.remove-criterion-n", number));
			for (var field : List.of(name, description)) {
				field.setValueChangeMode(ValueChangeMode.LAZY);
			}
			weight.setValueChangeMode(ValueChangeMode.EAGER);
			name.addValueChangeListener(change -> changed());
			description.addValueChangeListener(change -> changed());
			weight.addValueChangeListener(change -> changed());
			type.addValueChangeListener(change -> changed());
			add(name, description, weight, type, remove);
		}

		CriterionData value() {
			return new CriterionData(original.id(), name.getValue(), description.getValue(),
					weight.getValue() == null ? 0 : weight.getValue(), type.getValue());
		}

		void setReadOnly(boolean readOnly) {
			name.setReadOnly(readOnly);
			description.setReadOnly(readOnly);
			weight.setReadOnly(readOnly);
			type.setReadOnly(readOnly);
			remove.setVisible(!readOnly);
		}

	}

}
