package org.pilotbridge.pilot.ui;

import com.vaadin.flow.router.RouteParameters;

/**
 * The addresses of the pilot views, in one place. Other modules link to them by path (this module
 * depends on them, not the reverse): {@code /pilots?challenge=<reference>} for the pilots of a
 * challenge, {@code /results} for the public Results section.
 */
final class PilotNavigation {

	static final String RESULTS = "results";

	static final String RESULT = "results/:reference";

	static final String MY_PILOTS = "pilots";

	static final String MANAGE = "agency/pilots/:reference";

	static final String COMPANY = "company/pilots/:reference";

	private PilotNavigation() {
	}

	static RouteParameters reference(String reference) {
		return new RouteParameters("reference", reference);
	}

}
