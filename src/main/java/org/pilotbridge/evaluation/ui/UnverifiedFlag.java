package org.pilotbridge.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The mark of a bidder that was still waiting for verification when its proposal was
 * received: the receipt tells the company the evaluators are told so, and this is where
 * they are.
 */
final class UnverifiedFlag {

	private UnverifiedFlag() {
	}

	/**
	 * The company's name, followed by the mark when it was unverified (for lists and
	 * grids).
	 */
	static Span company(String companyName, boolean unverified, Component translator) {
		var name = new Span(companyName);
		if (unverified) {
			name.add(new Text(" "), badge(translator));
		}
		return name;
	}

	static Span badge(Component translator) {
		var badge = new Span(translator.getTranslation("evaluation.unverified.badge"));
		badge.addClassNames("badge", "badge-pending", "unverified-bidder");
		badge.getElement().setAttribute("title", translator.getTranslation("evaluation.unverified.title"));
		return badge;
	}

	/** The warning above the proposal an evaluator reads. */
	static Paragraph warning(String companyName, Component translator) {
		var warning = new Paragraph(badge(translator),
				new Span(" " + translator.getTranslation("evaluation.unverified.explained", companyName)));
		warning.addClassName("unverified-bidder-warning");
		warning.setId("unverified-bidder");
		return warning;
	}

}
