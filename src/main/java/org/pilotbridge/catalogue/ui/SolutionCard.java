package org.pilotbridge.catalogue.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;

import org.pilotbridge.catalogue.SolutionHit;
import org.pilotbridge.shared.Language;

/**
 * One solution in the catalogue: its first picture, its name and pitch with the search words
 * highlighted, the company and how mature it is.
 */
class SolutionCard extends Article {

	SolutionCard(SolutionHit hit) {
		addClassName("solution-card");
		if (hit.image() != null) {
			// Decorative here: the name next to it says what it is.
			var image = new Image(CatalogueNavigation.imagePath(hit.reference(), hit.image()), "");
			image.addClassName("solution-thumbnail");
			add(image);
		}
		var title = new RouterLink();
		title.setRoute(SolutionView.class, CatalogueNavigation.reference(hit.reference()));
		segments(hit.name()).forEach(title.getElement()::appendChild);
		var pitch = new Paragraph();
		segments(hit.pitch()).forEach(pitch.getElement()::appendChild);
		var facts = new Div(fact(getTranslation("catalogue.solution.company"), hit.companyName()),
				fact(getTranslation("catalogue.solution.maturity"), CatalogueBadges.readiness(hit.trl(), this)),
				fact(getTranslation("catalogue.solution.languages"),
						hit.languages().stream().map(Language::nativeName).collect(Collectors.joining(", "))));
		facts.addClassName("facts");
		var text = new Div(new H2(title), facts, pitch);
		text.addClassName("solution-card-text");
		add(text);
	}

	private static Span fact(String label, String value) {
		var fact = new Span(label + ": " + value);
		fact.addClassName("fact");
		return fact;
	}

	/** Highlighted words become {@code <mark>}; all text is set as text, never as HTML. */
	static List<Element> segments(List<SolutionHit.Segment> segments) {
		return segments.stream().map(segment -> {
			var element = new Element(segment.highlighted() ? "mark" : "span");
			element.setText(segment.text());
			return element;
		}).toList();
	}

}
