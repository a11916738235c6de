package org.pilotbridge.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.InvalidInput;

/**
 * Shows the problems of an {@link InvalidInput} next to the fields they concern,
 * translated into the visitor's language, and in the form's {@link ErrorSummary} when it
 * has one on the page. Problems of fields the form does not show are listed in the
 * summary, or, for a form without one, appear in a notification.
 */
public final class FieldErrors {

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private @Nullable ErrorSummary summary;

	public FieldErrors bind(String field, HasValidation component) {
		fields.put(field, component);
		return this;
	}

	/**
	 * The summary to fill with every problem shown; the form places it at its top.
	 */
	public FieldErrors summary(ErrorSummary summary) {
		this.summary = summary;
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
		if (summary != null) {
			summary.clear();
		}
	}

	public void show(InvalidInput invalid, Component translator) {
		clear();
		var listed = new ArrayList<ErrorSummary.Problem>();
		for (var problem : invalid.problems()) {
			var text = translator.getTranslation(problem.messageKey(), problem.arguments().toArray());
			var field = fields.get(problem.field());
			if (field != null) {
				field.setErrorMessage(text);
				field.setInvalid(true);
			}
			listed.add(new ErrorSummary.Problem(text, field instanceof Component component ? component : null));
		}
		show(listed, summary);
	}

	/**
	 * Lists the problems in the summary, which takes the focus; without a summary on the
	 * page, says in a notification those of no field and focuses the first field marked.
	 */
	static void show(List<ErrorSummary.Problem> problems, @Nullable ErrorSummary summary) {
		if (summary != null && summary.isAttached()) {
			summary.show(problems);
			return;
		}
		var unplaced = problems.stream()
			.filter(problem -> problem.field() == null)
			.map(ErrorSummary.Problem::text)
			.toList();
		if (!unplaced.isEmpty()) {
			Notifications.error(String.join(" ", unplaced));
		}
		problems.stream().map(ErrorSummary.Problem::field).filter(Objects::nonNull).findFirst().ifPresent(first -> {
			if (first instanceof Focusable<?> focusable) {
				focusable.focus();
			}
			else {
				first.getElement().callJsFunction("focus");
			}
		});
	}

}
