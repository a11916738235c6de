package org.pilotbridge.shared.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.InvalidInput;

/**
 * Shows the problems of an {@link InvalidInput} next to the fields they concern,
 * translated into the visitor's language; problems of fields the form does not show
 * appear in a notification.
 */
public final class FieldErrors {

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	public FieldErrors bind(String field, HasValidation component) {
		fields.put(field, component);
		return this;
	}

	@Nullable HasValidation field(String key) {
		return fields.get(key);
	}

	public void clear() {
		fields.values().forEach(field -> {
			field.setInvalid(false);
			field.setErrorMessage(null);
		});
	}

	public void show(InvalidInput invalid, Component translator) {
		clear();
		var unplaced = new StringBuilder();
		for (var problem : invalid.problems()) {
			var text = translator.getTranslation(problem.messageKey(), problem.arguments().toArray());
			var field = fields.get(problem.field());
			if (field != null) {
				field.setErrorMessage(text);
				field.setInvalid(true);
			}
			else {
				unplaced.append(text).append(' ');
			}
		}
		if (!unplaced.isEmpty()) {
			Notifications.error(unplaced.toString().strip());
		}
		fields.values()
			.stream()
			.filter(HasValidation::isInvalid)
			.filter(Component.class::isInstance)
			.map(Component.class::cast)
			.findFirst()
			.ifPresent(first -> first.getElement().callJsFunction("focus"));
	}

}
