package org.pilotbridge.pilot.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;

import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.shared.ui.MainLayout;

/**
 * The addresses of the pilot views, in one place. Other modules link to them through
 * {@link org.pilotbridge.pilot.PilotLinks}, or are given the links
 * ({@link PilotContribution}). The Results section and the results pages belong to the
 * public site ({@code pilot.web}); views link to them in the person's language.
 */
final class PilotNavigation {

	static final String MY_PILOTS = "pilots";

	static final String MANAGE = "agency/pilots/:reference";

	static final String COMPANY = "company/pilots/:reference";

	private PilotNavigation() {
	}

	static RouteParameters reference(String reference) {
		return new RouteParameters("reference", reference);
	}

	/**
	 * A link to a pilot's public results page, in the person's language, which the
	 * browser loads.
	 */
	static Anchor resultsPage(String reference, String text) {
		return MainLayout.publicLink(PublicResults.pathOf(reference), text);
	}

}
