package org.pilotbridge.identity.web;

import java.util.ArrayList;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.IdentityLinks;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.shared.DatabaseOutage;
import org.pilotbridge.shared.web.AccountArea;

/**
 * The account menu of the public site's header: the signed-in person's name, the
 * organisation they act for, and their pages in the workspace, as the workspace's own
 * account menu offers them. Read from the security context of an existing session;
 * without the database the menu still shows, nameless, so that the page stays the
 * signed-in person's and is never cached for others.
 */
@Component
class SignedInAccount implements AccountArea {

	private final CurrentPerson current;

	private final PersonManagement people;

	private final OrganisationQuery organisations;

	SignedInAccount(CurrentPerson current, PersonManagement people, OrganisationQuery organisations) {
		this.current = current;
		this.people = people;
		this.organisations = organisations;
	}

	@Override
	public Optional<Account> signedIn() {
		if (current.id().isEmpty()) {
			return Optional.empty();
		}
		var links = new ArrayList<Link>();
		links.add(new Link("identity.menu.start", "/welcome"));
		links.add(new Link("identity.menu.organisation", IdentityLinks.organisation()));
		links.add(new Link("identity.menu.profile", "/profile"));
		if (current.isPlatformAdmin()) {
			links.add(new Link("identity.admin.organisations.title", "/admin/organisations"));
			links.add(new Link("identity.admin.people.title", "/admin/people"));
			links.add(new Link("audit.view.title", "/admin/audit"));
		}
		@Nullable String name = null;
		@Nullable String organisation = null;
		try {
			name = people.me().displayName();
			organisation = organisations.active().map(OrganisationQuery.MyOrganisation::name).orElse(null);
		}
		catch (RuntimeException failure) {
			if (!DatabaseOutage.isCauseOf(failure)) {
				throw failure;
			}
		}
		return Optional.of(new Account(name, organisation, links));
	}

}
