package org.pilotbridge.challenge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.pilotbridge.challenge.SavedSearchFrequency;
import org.pilotbridge.challenge.SavedSearchManagement;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.ui.FieldErrors;
import org.pilotbridge.shared.ui.Notifications;

/**
 * Keeps the current search to be told of new matching challenges, at once or in a daily digest.
 */
class SaveSearchDialog extends Dialog {

	SaveSearchDialog(SavedSearchManagement savedSearches, SearchCriteria criteria) {
		setHeaderTitle(getTranslation("challenge.saved-search.title"));
		var name = new TextField(getTranslation("challenge.saved-search.name"));
		name.setValue(criteria.text());
		name.setMaxLength(100);
		name.setWidthFull();
		name.setId("saved-search-name");
		var frequency = new RadioButtonGroup<SavedSearchFrequency>(getTranslation("challenge.saved-search.frequency"));
		frequency.setItems(SavedSearchFrequency.values());
		frequency.setItemLabelGenerator(f -> getTranslation("challenge.frequency." + f.name()));
		frequency.setValue(SavedSearchFrequency.DAILY);
		var errors = new FieldErrors().bind("name", name).bind("frequency", frequency);
		var save = new Button(getTranslation("action.save"), click -> {
			try {
				savedSearches.save(name.getValue(), criteria, frequency.getValue());
				Notifications.success(getTranslation("challenge.saved-search.saved"));
				close();
			}
			catch (InvalidInput invalid) {
				errors.show(invalid, this);
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("save-search-confirm");
		add(name, frequency);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
		addOpenedChangeListener(change -> {
			if (!change.isOpened()) {
				removeFromParent();
			}
		});
		open();
	}

}
