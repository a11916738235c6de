package org.pilotbridge.shared.ui;

import com.vaadin.flow.component.html.Div;

import org.pilotbridge.shared.Markdown;

/**
 * Text people wrote in Markdown, shown as HTML that has been through the sanitizer.
 * Nothing a user types reaches the page as raw HTML.
 */
public class RichText extends Div {

	public RichText() {
		addClassName("rich-text");
	}

	public static RichText ofMarkdown(String markdown) {
		var text = new RichText();
		text.setMarkdown(markdown);
		return text;
	}

	/** Shows HTML that is already sanitized, such as a rendered answer. */
	public static RichText ofSanitizedHtml(String html) {
		var text = new RichText();
		text.getElement().setProperty("innerHTML", html);
		return text;
	}

	public void setMarkdown(String markdown) {
		getElement().setProperty("innerHTML", Markdown.toSafeHtml(markdown));
	}

}
