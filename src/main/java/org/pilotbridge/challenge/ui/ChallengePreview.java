package org.pilotbridge.challenge.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.pilotbridge.shared.ui.RichText;

/** The public page of a challenge as it will look, from what its form shows now. */
class ChallengePreview extends Div {

	ChallengePreview() {
		addClassName("editor-preview");
		getElement().setAttribute("aria-label", getTranslation("challenge.editor.preview"));
		getElement().setAttribute("role", "region");
	}

	void show(ChallengeForm form) {
		removeAll();
		add(new H2(getTranslation("challenge.editor.preview")));
		var title = form.title.getValue();
		add(new H3(title.isBlank() ? getTranslation("challenge.manage.untitled") : title),
				new Paragraph(form.summary.getValue()));
		if (form.budgetCap.getValue() != null) {
			add(new Paragraph(getTranslation("challenge.view.budget") + ": "
					+ new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(getLocale()))
						.format(form.budgetCap.getValue())
					+ " EUR"));
		}
		for (var text : form.longTexts()) {
			if (!text.getValue().isBlank()) {
				add(new H4(text.getLabel()), RichText.ofMarkdown(text.getValue()));
			}
		}
		var weights = form.criteria.getValue();
		if (!weights.isEmpty()) {
			var list = new UnorderedList();
			weights.forEach(criterion -> list.add(new ListItem(criterion.name() + " — " + criterion.weight() + " %")));
			add(new H4(getTranslation("challenge.view.criteria")), list);
		}
	}

}
