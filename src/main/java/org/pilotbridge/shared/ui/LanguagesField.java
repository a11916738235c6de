package org.pilotbridge.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

import org.pilotbridge.shared.Language;

/**
 * The languages of a text: the language it is written in ({@code <prefix>-languages}) and
 * the other languages it supports. Its value lists the language of the text first, then
 * the others in their natural order; the language of the text cannot be chosen again
 * among the others. An empty value shows the visitor's language as the language of the
 * text.
 */
public final class LanguagesField extends FieldGroup<LanguagesField, List<Language>>
		implements Focusable<LanguagesField> {

	private final Select<Language> textLanguage = new Select<>();

	private final CheckboxGroup<Language> otherLanguages = new CheckboxGroup<>();

	public LanguagesField(String idPrefix, String textLanguageLabel, String otherLanguagesLabel) {
		super(List.of());
		textLanguage.setLabel(textLanguageLabel);
		textLanguage.setId(idPrefix + "-languages");
		textLanguage.setItems(Language.values());
		textLanguage.setItemLabelGenerator(Language::nativeName);
		otherLanguages.setLabel(otherLanguagesLabel);
		otherLanguages.setItems(Language.values());
		otherLanguages.setItemLabelGenerator(Language::nativeName);
		otherLanguages.setItemEnabledProvider(language -> language != textLanguage.getValue());
		textLanguage.addValueChangeListener(change -> {
			if (change.getValue() != null) {
				otherLanguages.deselect(change.getValue());
			}
			otherLanguages.getDataProvider().refreshAll();
			if (change.isFromClient()) {
				setModelValue(chosen(), true);
			}
		});
		otherLanguages.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				setModelValue(chosen(), true);
			}
		});
		getContent().add(textLanguage, otherLanguages);
		setPresentationValue(List.of());
	}

	@Override
	protected void setPresentationValue(List<Language> languages) {
		var shown = languages.isEmpty() ? List.of(Language.of(getLocale())) : languages;
		textLanguage.setValue(shown.get(0));
		otherLanguages.setValue(new LinkedHashSet<>(shown.subList(1, shown.size())));
	}

	/**
	 * What is shown, which is the value except that an empty value shows the visitor's
	 * language.
	 */
	@Override
	public List<Language> getValue() {
		return chosen();
	}

	private List<Language> chosen() {
		var languages = new ArrayList<Language>();
		if (textLanguage.getValue() != null) {
			languages.add(textLanguage.getValue());
		}
		otherLanguages.getValue().stream().filter(l -> !languages.contains(l)).sorted().forEach(languages::add);
		return List.copyOf(languages);
	}

	@Override
	public void focus() {
		textLanguage.focus();
	}

	@Override
	protected HasValidation errorField() {
		return textLanguage;
	}

}
