package org.pilotbridge.challenge.ui;

import com.vaadin.flow.router.RouteParameters;
import org.springframework.modulith.NamedInterface;

/**
 * The addresses of the challenge views, for this module and for others that link to a challenge.
 */
@NamedInterface("navigation")
public final class ChallengeNavigation {

	public static final String LIST = "challenges";

	public static final String PAGE = "challenges/:reference";

	private ChallengeNavigation() {
	}

	/** The public page of a challenge, such as {@code /challenges/CH-2026-0042}. */
	public static String pathOf(String reference) {
		return "/challenges/" + reference;
	}

	static final String MANAGE = "agency/challenges/:id";

	static final String EDIT = "agency/challenges/:id/edit";

	static final String NEW = "agency/challenges/new";

	static final String DASHBOARD = "agency";

	static RouteParameters challenge(org.pilotbridge.challenge.ChallengeId id) {
		return new RouteParameters("id", id.toString());
	}

	static RouteParameters reference(String reference) {
		return new RouteParameters("reference", reference);
	}

}
