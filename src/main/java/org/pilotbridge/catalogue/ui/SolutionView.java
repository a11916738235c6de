package org.pilotbridge.catalogue.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.catalogue.PublicSolution;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.ui.RichText;
import org.pilotbridge.shared.ui.Times;

/**
 * The public page of a solution, at a stable address: its published version with pictures, what
 * it solves, how mature it is, where it was used, its brochure, and for the company's members a way
 * to change it.
 */
@Route(CatalogueNavigation.SOLUTION)
@AnonymousAllowed
class SolutionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final SolutionQuery solutions;

	private String title = "";

	SolutionView(SolutionQuery solutions) {
		this.solutions = solutions;
		setId("main-content");
		addClassNames("page", "solution-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var reference = event.getRouteParameters().get("reference").orElse("");
		var solution = solutions.byReference(reference);
		if (solution.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(solution.get());
	}

	private void show(PublicSolution solution) {
		removeAll();
		title = solution.name();
		var header = new Div(new H1(solution.name()),
				new Paragraph(getTranslation("catalogue.solution.by", solution.companyName())));
		header.addClassName("challenge-header");
		var lead = new Paragraph(solution.pitch());
		lead.addClassName("lead");
		add(header, lead);
		if (solutions.isMine(solution.id())) {
			var edit = new RouterLink(getTranslation("catalogue.solution.edit"), SolutionEditorView.class,
					CatalogueNavigation.solution(solution.id()));
			edit.addClassName("button-secondary");
			edit.setId("edit-solution");
			add(new Paragraph(edit));
		}
		if (!solution.images().isEmpty()) {
			var gallery = new Div();
			gallery.addClassName("gallery");
			var total = solution.images().size();
			for (var i = 0; i < total; i++) {
				gallery.add(new Image(CatalogueNavigation.imagePath(solution.reference(), solution.images().get(i)),
						getTranslation("catalogue.solution.picture", solution.name(), i + 1, total)));
			}
			add(gallery);
		}
		add(facts(solution));
		add(textSection("catalogue.field.problemsSolved", solution.problemsSolvedHtml()),
				textSection("catalogue.field.description", solution.descriptionHtml()));
		if (!solution.customerReferencesHtml().isBlank()) {
			add(textSection("catalogue.field.customerReferences", solution.customerReferencesHtml()));
		}
		if (solution.brochure() != null) {
			var brochure = new Anchor(CatalogueNavigation.brochurePath(solution.reference(), solution.brochure().id()),
					getTranslation("catalogue.solution.brochure-link", solution.brochure().fileName(),
							solution.brochure().pages()));
			brochure.setRouterIgnore(true);
			brochure.setId("brochure");
			add(new Section(new H2(getTranslation("catalogue.field.brochure")), new Paragraph(brochure)));
		}
	}

	private Section facts(PublicSolution solution) {
		var list = new Element("dl");
		list.getClassList().add("facts-list");
		fact(list, "catalogue.solution.company", new Element("span").setText(solution.companyName()));
		fact(list, "catalogue.solution.maturity",
				new Element("span").setText(CatalogueBadges.readiness(solution.trl(), this)));
		fact(list, "catalogue.solution.languages", new Element("span")
			.setText(solution.languages().stream().map(Language::nativeName).collect(Collectors.joining(", "))));
		var cpv = new UnorderedList();
		solution.cpvCodes().forEach(entry -> cpv.add(new ListItem(entry.code() + " " + entry.label())));
		cpv.addClassName("plain-list");
		fact(list, "catalogue.field.cpvCodes", cpv.getElement());
		if (solution.website() != null) {
			var website = new Anchor(solution.website(), solution.website(), AnchorTarget.BLANK);
			website.getElement().setAttribute("rel", "nofollow noopener noreferrer");
			website.setRouterIgnore(true);
			fact(list, "catalogue.field.website", website.getElement());
		}
		fact(list, "catalogue.solution.listed-since",
				new Element("span").setText(Times.date(solution.firstPublishedAt(), java.time.ZoneId.of("Europe/Brussels"),
						getLocale())));
		var section = new Section(new H2(getTranslation("catalogue.solution.key-facts")));
		section.getElement().appendChild(list);
		return section;
	}

	private void fact(Element list, String labelKey, Element value) {
		var term = new Element("dt");
		term.setText(getTranslation(labelKey));
		var description = new Element("dd");
		description.appendChild(value);
		list.appendChild(term, description);
	}

	private Section textSection(String headingKey, String html) {
		return new Section(new H2(getTranslation(headingKey)), RichText.ofSanitizedHtml(html));
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
