package org.pilotbridge.pilot.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.pilot.ParticipantPilot;
import org.pilotbridge.pilot.PilotQuery;

/**
 * The pilots a person takes part in: those their agency runs and those their company
 * carries out, with the way to each one's screen. {@code ?challenge=<reference>} keeps
 * the pilots of one challenge, which is how a challenge's manage page links here.
 */
@Route(PilotNavigation.MY_PILOTS)
@Menu(order = 7, title = "pilot.menu.mine", icon = "vaadin:flag-checkered")
@PermitAll
class MyPilotsView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	private final PilotQuery pilots;

	MyPilotsView(PilotQuery pilots) {
		this.pilots = pilots;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		var challenge = event.getLocation().getQueryParameters().getSingleParameter("challenge").orElse(null);
		add(new H1(getTranslation("pilot.mine.title")), new Paragraph(getTranslation("pilot.mine.intro")));
		var mine = pilots.mine()
			.stream()
			.filter(pilot -> challenge == null || pilot.pilot().challengeReference().equals(challenge))
			.toList();
		if (mine.isEmpty()) {
			add(new Paragraph(getTranslation("pilot.mine.none")));
			return;
		}
		var list = new Div();
		list.addClassName("cards");
		list.setId("my-pilots");
		mine.forEach(pilot -> list.add(card(pilot)));
		add(list);
	}

	private Article card(ParticipantPilot participant) {
		var pilot = participant.pilot();
		var card = new Article(new H2(pilot.challengeTitle()),
				new Paragraph(getTranslation("pilot.result.by", pilot.companyName(), participant.agencyName())),
				new Paragraph(pilot.reference()), new Div(PilotBadges.status(pilot.status(), this)));
		if (participant.manager()) {
			var manage = new RouterLink(getTranslation("pilot.mine.manage"), PilotManageView.class,
					PilotNavigation.reference(pilot.reference()));
			manage.addClassName("manage-pilot");
			card.add(new Paragraph(manage));
		}
		if (participant.companyMember()) {
			var account = new RouterLink(getTranslation("pilot.mine.account"), CompanyPilotView.class,
					PilotNavigation.reference(pilot.reference()));
			account.addClassName("company-pilot");
			card.add(new Paragraph(account));
		}
		if (pilot.isPublished()) {
			card.add(
					new Paragraph(PilotNavigation.resultsPage(pilot.reference(), getTranslation("pilot.mine.public"))));
		}
		card.addClassNames("card", "pilot-card");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("pilot.mine.title") + " · Pilotbridge";
	}

}
