package org.pilotbridge.proposal.ui;

import com.vaadin.flow.router.RouteParameters;

/**
 * The addresses of the proposal views. The public page of a challenge links to the form
 * by its address ({@code /challenges/{reference}/proposal}), since the challenge module
 * does not know this one.
 */
final class ProposalNavigation {

	static final String FORM = "challenges/:reference/proposal";

	static final String DASHBOARD = "proposals";

	private ProposalNavigation() {
	}

	static RouteParameters form(String reference) {
		return new RouteParameters("reference", reference);
	}

}
