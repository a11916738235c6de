package org.pilotbridge.catalogue.ui;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.catalogue.ConsultationQuery;
import org.pilotbridge.catalogue.ConsultationSummary;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.shared.ui.Times;

/**
 * The public list of market consultations: those open for answers, closing first, and those
 * recently closed.
 */
@Route(CatalogueNavigation.CONSULTATIONS)
@Menu(order = 5, title = "catalogue.menu.consultations", icon = "vaadin:comments-o")
@AnonymousAllowed
class ConsultationListView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	static final int LIST_SIZE = 50;

	private final ConsultationQuery query;

	private final CurrentPerson current;

	ConsultationListView(ConsultationQuery query, CurrentPerson current) {
		this.query = query;
		this.current = current;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		add(new H1(getTranslation("catalogue.consultations.title")),
				new Paragraph(getTranslation("catalogue.consultations.intro")));
		if (current.id().isPresent() && query.ofMyAgency().agency() != null) {
			var mine = new RouterLink(getTranslation("catalogue.consultations.my-agency"), AgencyConsultationsView.class);
			mine.addClassName("button-secondary");
			mine.setId("agency-consultations");
			add(new Paragraph(mine));
		}
		add(section("catalogue.consultations.open", "open-consultations", query.list(true, 0, LIST_SIZE)),
				section("catalogue.consultations.closed", "closed-consultations", query.list(false, 0, LIST_SIZE)));
	}

	private Section section(String headingKey, String id, List<ConsultationSummary> consultations) {
		var section = new Section(new H2(getTranslation(headingKey)));
		section.setId(id);
		if (consultations.isEmpty()) {
			section.add(new Paragraph(getTranslation("catalogue.consultations.none")));
			return section;
		}
		var list = new UnorderedList();
		list.addClassName("plain-list");
		consultations.forEach(consultation -> {
			var link = new RouterLink(consultation.title(), ConsultationView.class,
					CatalogueNavigation.reference(consultation.reference()));
			var when = Times.dateTime(consultation.closesAt(), consultation.timeZone(), getLocale());
			list.add(new ListItem(new H3(link), new Paragraph(consultation.agencyName() + " · "
					+ getTranslation(consultation.open() ? "catalogue.consultation.open-until"
							: "catalogue.consultation.closed-on", when))));
		});
		section.add(list);
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.consultations.title") + " · Pilotbridge";
	}

}
