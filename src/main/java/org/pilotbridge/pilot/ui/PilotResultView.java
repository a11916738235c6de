package org.pilotbridge.pilot.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pilotbridge.challenge.ui.ChallengeNavigation;
import org.pilotbridge.pilot.PilotStatus;
import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.pilot.PublishedPilot;
import org.pilotbridge.shared.ui.RichText;
import org.pilotbridge.shared.ui.Times;

/**
 * The public results page of a pilot, at a stable address: what was tried, by whom, for how much and
 * when, how it went, what was learned and decided, and the company's own account.
 */
@Route(PilotNavigation.RESULT)
@AnonymousAllowed
class PilotResultView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final PublicResults results;

	private String title = "";

	PilotResultView(PublicResults results) {
		this.results = results;
		setId("main-content");
		addClassNames("page", "pilot-result-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var pilot = results.byReference(event.getRouteParameters().get("reference").orElse(""));
		if (pilot.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(pilot.get());
	}

	private void show(PublishedPilot pilot) {
		removeAll();
		title = pilot.challengeTitle();
		var back = new RouterLink(getTranslation("pilot.result.back"), ResultsView.class);
		var header = new Div(new H1(pilot.challengeTitle()),
				new Paragraph(getTranslation("pilot.result.by", pilot.companyName(), pilot.agencyName())),
				new Div(PilotBadges.status(pilot.status(), this), new Span(" "), PilotBadges.outcome(pilot.outcome(), this)));
		header.addClassName("challenge-header");
		add(new Paragraph(back), header);
		add(facts(pilot));
		var lessons = RichText.ofSanitizedHtml(pilot.lessonsHtml());
		lessons.setId("lessons");
		add(new Section(new H2(getTranslation("pilot.field.lessons")), lessons));
		if (pilot.status() == PilotStatus.STOPPED && pilot.stopReason() != null) {
			var reason = new Paragraph(pilot.stopReason());
			reason.setId("stop-reason");
			add(new Section(new H2(getTranslation("pilot.result.why-stopped")), reason));
		}
		add(milestones(pilot));
		var account = new Section(new H2(getTranslation("pilot.result.company-account", pilot.companyName())));
		account.setId("company-account");
		if (pilot.companyAccountHtml().isBlank()) {
			account.add(new Paragraph(getTranslation("pilot.result.no-company-account")));
		}
		else {
			account.add(RichText.ofSanitizedHtml(pilot.companyAccountHtml()));
			if (pilot.companyAccountChangedAt() != null) {
				var key = pilot.accountRevisedAfterPublication() ? "pilot.result.account-revised-at"
						: "pilot.result.account-changed-at";
				var changed = new Paragraph(getTranslation(key,
						Times.dateTime(pilot.companyAccountChangedAt(), pilot.timeZone(), getLocale())));
				changed.setId("company-account-changed");
				account.add(changed);
			}
		}
		add(account);
	}

	private Section facts(PublishedPilot pilot) {
		var locale = getLocale();
		var challenge = new Anchor(ChallengeNavigation.pathOf(pilot.challengeReference()),
				pilot.challengeReference());
		var facts = new Facts(this).add("pilot.field.reference", pilot.reference())
			.add("pilot.field.challenge", challenge.getElement())
			.add("pilot.field.agency", pilot.agencyName())
			.add("pilot.field.company", pilot.companyName());
		if (pilot.amount() != null) {
			facts.add("pilot.field.amount", pilot.amount().format(locale));
		}
		facts.add("pilot.field.period", getTranslation("pilot.field.period-value",
				Formats.date(pilot.startDate(), locale), Formats.date(pilot.endDate(), locale)))
			.add("pilot.field.status", getTranslation(pilot.status().messageKey()))
			.add("pilot.field.outcome", getTranslation(pilot.outcome().messageKey()))
			.add("pilot.field.decision", getTranslation(pilot.decision().messageKey()));
		var section = new Section(new H2(getTranslation("pilot.result.key-facts")));
		section.setId("pilot-facts");
		section.getElement().appendChild(facts.element());
		return section;
	}

	private Section milestones(PublishedPilot pilot) {
		var section = new Section(new H2(getTranslation("pilot.field.milestones")));
		section.setId("milestones");
		if (pilot.milestones().isEmpty()) {
			section.add(new Paragraph(getTranslation("pilot.milestones.none")));
			return section;
		}
		var list = new UnorderedList();
		list.addClassName("milestone-list");
		for (var milestone : pilot.milestones()) {
			list.add(new ListItem(getTranslation(milestone.done() ? "pilot.milestone.met" : "pilot.milestone.not-met",
					milestone.title(), Formats.date(milestone.dueDate(), getLocale()))));
		}
		section.add(list);
		return section;
	}

	@Override
	public String getPageTitle() {
		return title + " · Pilotbridge";
	}

}
