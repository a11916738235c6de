package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;

import org.pilotbridge.shared.Language;

/**
 * Lets the visitor choose among the four languages; the choice is kept in a cookie and
 * the page is reloaded so that every text, including the browser tab, follows.
 */
class LanguageSwitcher extends Select<Language> {

	LanguageSwitcher() {
		setItems(Language.values());
		setItemLabelGenerator(Language::nativeName);
		addClassName("language-switcher");
		setId("language-switcher");
	}

	@Override
	protected void onAttach(AttachEvent event) {
		super.onAttach(event);
		setAriaLabel(getTranslation("language.choose"));
		setValue(Language.of(event.getUI().getLocale()));
		addValueChangeListener(change -> {
			if (change.isFromClient() && change.getValue() != null) {
				choose(change.getValue(), event.getUI());
			}
		});
	}

	private static void choose(Language language, UI ui) {
		LanguagePreference.remember(language, VaadinResponse.getCurrent(), VaadinRequest.getCurrent());
		ui.getSession().setLocale(language.locale());
		ui.setLocale(language.locale());
		ui.getPage().reload();
	}

}
