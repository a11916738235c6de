package org.pilotbridge.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The CPV codes of a challenge, solution or consultation: a search box over the Common
 * Procurement Vocabulary and the chosen codes, each with a button to remove it. Its value
 * is the list of codes in the order they were chosen. The search box carries the label,
 * the helper text and the error ({@code <prefix>-cpvCodes}); the chosen codes are a list
 * ({@code <prefix>-cpv-chosen}).
 */
public final class CpvCodesField extends FieldGroup<CpvCodesField, List<String>> implements Focusable<CpvCodesField> {

	/** Finds the codes whose number or words match a text. */
	@FunctionalInterface
	public interface Search {

		List<String> codes(String text, int limit);

	}

	private final ComboBox<String> search = new ComboBox<>();

	private final UnorderedList chosen = new UnorderedList();

	private final UnaryOperator<String> describe;

	/**
	 * @param describe the code followed by its label, as shown in the search results and
	 * the list
	 */
	public CpvCodesField(String idPrefix, Search codes, UnaryOperator<String> describe) {
		super(List.of());
		this.describe = describe;
		search.setItems(
				query -> codes.codes(query.getFilter().orElse(""), query.getLimit()).stream().skip(query.getOffset()));
		search.setItemLabelGenerator(describe::apply);
		search.setWidthFull();
		search.setId(idPrefix + "-cpvCodes");
		search.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				var codesNow = new ArrayList<>(getValue());
				if (!codesNow.contains(change.getValue())) {
					codesNow.add(change.getValue());
				}
				search.clear();
				setModelValue(List.copyOf(codesNow), true);
				showChosen(codesNow);
			}
		});
		chosen.addClassName("chips");
		chosen.setId(idPrefix + "-cpv-chosen");
		getContent().add(search, chosen);
	}

	public void setLabel(String label) {
		search.setLabel(label);
	}

	public void setHelperText(String helperText) {
		search.setHelperText(helperText);
	}

	@Override
	protected void setPresentationValue(List<String> codes) {
		showChosen(codes);
	}

	private void showChosen(List<String> codes) {
		chosen.removeAll();
		codes.forEach(code -> {
			var label = describe.apply(code);
			var remove = new Button(getTranslation("field.remove"), click -> {
				var remaining = new ArrayList<>(getValue());
				remaining.remove(code);
				setModelValue(List.copyOf(remaining), true);
				showChosen(remaining);
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			remove.setAriaLabel(getTranslation("field.remove-named", label));
			chosen.add(new ListItem(new Span(label), remove));
		});
	}

	@Override
	public void focus() {
		search.focus();
	}

	@Override
	protected HasValidation errorField() {
		return search;
	}

}
