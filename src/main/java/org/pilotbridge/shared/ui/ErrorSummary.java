package org.pilotbridge.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

/**
 * The summary at the top of a form of what stands in the way (the GOV.UK error summary
 * pattern): a heading "There is a problem" and one line per problem, each a link that
 * moves the focus to its field. It shows the same problems as the fields themselves;
 * {@link FieldErrors} and {@link DraftForm} fill it. A problem of no field of the form is
 * listed as plain text, so that it is never only in a notification. When shown, it takes
 * the focus and is announced ({@code role="alert"}).
 */
public final class ErrorSummary extends Div {

	public static final String CLASS_NAME = "error-summary";

	private final Paragraph description = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	/**
	 * One problem: its translated text and the field it concerns, if the form shows one.
	 */
	public record Problem(String text, @Nullable Component field) {
	}

	private final Component translator;

	/**
	 * @param translator the form or view whose language the summary speaks
	 */
	public ErrorSummary(Component translator) {
		this.translator = translator;
		addClassName(CLASS_NAME);
		getElement().setAttribute("role", "alert");
		getElement().setAttribute("tabindex", "-1");
		var heading = new H2(translator.getTranslation("error-summary.heading"));
		heading.addClassName("error-summary-heading");
		description.setVisible(false);
		add(heading, description, list);
		setVisible(false);
	}

	/**
	 * Lists the problems and takes the focus, as after a person asked to save or submit;
	 * shows nothing when there is none.
	 */
	public void show(List<Problem> problems) {
		update(problems);
		if (!problems.isEmpty()) {
			getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true})");
		}
	}

	/**
	 * Lists the problems without moving the focus, as when some were solved while the
	 * person types; shows nothing when there is none.
	 */
	public void update(List<Problem> problems) {
		list.removeAll();
		for (var problem : problems) {
			list.add(new ListItem(line(problem)));
		}
		setVisible(!problems.isEmpty());
	}

	/** A sentence under the heading, such as what did not happen; none by default. */
	public void setDescription(@Nullable String text) {
		description.setText(text == null ? "" : text);
		description.setVisible(text != null && !text.isBlank());
	}

	public void clear() {
		list.removeAll();
		setVisible(false);
	}

	/** Whether a person sees the summary: it is on a page and has problems to list. */
	public boolean isShowing() {
		return isAttached() && isVisible();
	}

	private Component line(Problem problem) {
		var field = problem.field();
		if (field == null) {
			return new Span(problem.text());
		}
		var target = target(field);
		var label = label(field, target);
		var text = label == null || label.isBlank() ? problem.text()
				: translator.getTranslation("error-summary.item", label, problem.text());
		var link = new Anchor(target.getId().map(id -> "#" + id).orElse("#"), text);
		link.setRouterIgnore(true);
		// Focus the field itself (its input, inside its shadow root), centred on the
		// screen, as the GOV.UK summary does; no request to the server.
		link.getElement()
			.executeJs("this.addEventListener('click', e => { e.preventDefault();"
					+ " $0.scrollIntoView({block: 'center'}); $0.focus(); })", target.getElement());
		return link;
	}

	/** The component that shows the error of a field made of several. */
	private static Component target(Component field) {
		if (field instanceof FieldGroup<?, ?> group && group.errorField() instanceof Component shown) {
			return shown;
		}
		return field;
	}

	private static @Nullable String label(Component field, Component target) {
		for (var candidate : List.of(field, target)) {
			if (candidate instanceof HasLabel labelled && labelled.getLabel() != null) {
				return labelled.getLabel();
			}
			var property = candidate.getElement().getProperty("label");
			if (property != null && !property.isBlank()) {
				return property;
			}
		}
		return null;
	}

}
