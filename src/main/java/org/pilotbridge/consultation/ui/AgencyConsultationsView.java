package org.pilotbridge.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.shared.ui.Times;
import org.pilotbridge.shared.ui.WorkspacePage;

/**
 * The market consultations of the agency the person manages challenges for, and a way to
 * start one.
 */
@Route(ConsultationNavigation.AGENCY_CONSULTATIONS)
@PermitAll
class AgencyConsultationsView extends WorkspacePage implements AfterNavigationObserver, HasDynamicTitle {

	private final ConsultationQuery query;

	AgencyConsultationsView(ConsultationQuery query) {
		this.query = query;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		var mine = query.ofMyAgency();
		if (mine.agency() == null) {
			add(new H1(getTranslation("catalogue.agency-consultations.title")),
					new Paragraph(getTranslation("catalogue.agency-consultations.managers-only")));
			return;
		}
		add(new H1(getTranslation("catalogue.agency-consultations.heading", mine.agencyName())),
				new Paragraph(getTranslation("catalogue.agency-consultations.intro")));
		var create = new Anchor(ConsultationNavigation.NEW_CONSULTATION,
				getTranslation("catalogue.agency-consultations.new"));
		create.addClassName("button-primary");
		create.setId("new-consultation");
		add(new Paragraph(create), new H2(getTranslation("catalogue.agency-consultations.list")));
		if (mine.consultations().isEmpty()) {
			add(new Paragraph(getTranslation("catalogue.consultations.none")));
			return;
		}
		var list = new UnorderedList();
		list.addClassName("plain-list");
		mine.consultations().forEach(consultation -> {
			var link = new RouterLink(consultation.title(), ConsultationManageView.class,
					ConsultationNavigation.consultation(consultation.id()));
			var when = Times.dateTime(consultation.closesAt(), consultation.timeZone(), getLocale());
			list.add(new ListItem(link, ConsultationBadges.open(consultation.open(), this),
					new Paragraph(consultation.reference() + " · " + getTranslation(consultation.open()
							? "catalogue.consultation.open-until" : "catalogue.consultation.closed-on", when))));
		});
		add(list);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.agency-consultations.title") + " · Pilotbridge";
	}

}
