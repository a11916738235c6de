package org.pilotbridge.identity.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.OrganisationQuery.MyOrganisation;
import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.identity.VerificationState;

/**
 * The start page after signing in: the organisations one acts for and, for newcomers, how
 * to begin: register an agency or a company, or join one that is already here.
 */
@Route(IdentityNavigation.START)
@PermitAll
class WelcomeView extends Main implements AfterNavigationObserver, HasDynamicTitle {

	private final PersonManagement people;

	private final OrganisationQuery organisations;

	WelcomeView(PersonManagement people, OrganisationQuery organisations) {
		this.people = people;
		this.organisations = organisations;
		setId("main-content");
		addClassName("page");
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		removeAll();
		var me = people.me();
		add(new H1(getTranslation("identity.welcome.heading", me.displayName())));
		var mine = organisations.mine();
		if (mine.isEmpty()) {
			add(new Paragraph(getTranslation("identity.welcome.newcomer")));
		}
		else {
			add(new H2(getTranslation("identity.welcome.yours")));
			var list = new UnorderedList();
			list.addClassName("organisation-list");
			mine.forEach(organisation -> list.add(item(organisation)));
			add(list);
			add(new H2(getTranslation("identity.welcome.more")));
		}
		var choices = new Div(
				choice("identity.welcome.agency", OrganisationRegistrationView.linkFor(OrganisationKind.AGENCY, this)),
				choice("identity.welcome.company",
						OrganisationRegistrationView.linkFor(OrganisationKind.COMPANY, this)),
				choice("identity.welcome.join",
						new RouterLink(getTranslation("identity.welcome.join.action"), JoinOrganisationView.class)));
		choices.addClassName("cards");
		add(choices);
	}

	private ListItem item(MyOrganisation organisation) {
		var link = new RouterLink(organisation.name(), OrganisationView.class);
		var role = new Span(getTranslation("identity.role." + organisation.role().name().toLowerCase(Locale.ROOT)));
		var state = Badges.verification(organisation.verificationState(), this);
		var item = new ListItem(link, role, state);
		if (organisation.verificationState() == VerificationState.PENDING) {
			item.add(new Paragraph(getTranslation("identity.welcome.pending-note")));
		}
		return item;
	}

	private Div choice(String key, RouterLink action) {
		var card = new Div(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")),
				action);
		card.addClassName("card");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("identity.welcome.title") + " · Pilotbridge";
	}

}
