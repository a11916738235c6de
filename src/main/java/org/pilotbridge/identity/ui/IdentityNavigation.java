package org.pilotbridge.identity.ui;

/**
 * The addresses of the identity views, in one place.
 */
final class IdentityNavigation {

	static final String START = "welcome";

	static final String ORGANISATION = "organisation";

	static final String NEW_ORGANISATION = "organisations/new";

	static final String JOIN_ORGANISATION = "organisations/join";

	static final String PROFILE = "profile";

	static final String ADMIN_ORGANISATIONS = "admin/organisations";

	static final String ADMIN_PEOPLE = "admin/people";

	private IdentityNavigation() {
	}

}
