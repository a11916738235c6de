package org.pilotbridge.challenge.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.modulith.NamedInterface;

import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.shared.ui.MainLayout;

/**
 * The addresses of the challenges, for this module's views and for others that link to a
 * challenge: the public list and pages belong to the public site (server-rendered, one
 * address per language), the rest are views of the workspace.
 */
@NamedInterface("navigation")
public final class ChallengeNavigation {

	/** The public list, {@code /challenges} (in English; see {@link #listLink}). */
	public static final String LIST = "challenges";

	private ChallengeNavigation() {
	}

	/**
	 * The public page of a challenge in English, such as
	 * {@code /challenges/CH-2026-0042}.
	 */
	public static String pathOf(String reference) {
		return ChallengeLinks.page(reference);
	}

	/**
	 * A link from a view to the public page of a challenge, in the visitor's language.
	 */
	public static Anchor publicPage(String reference, String text) {
		return MainLayout.publicLink(pathOf(reference), text);
	}

	/** A link from a view to the public list of challenges, in the visitor's language. */
	public static Anchor listLink(String text) {
		return MainLayout.publicLink(ChallengeLinks.list(), text);
	}

	static final String MANAGE = "agency/challenges/:id";

	static final String EDIT = "agency/challenges/:id/edit";

	static final String NEW = "agency/challenges/new";

	static final String DASHBOARD = "agency";

	static RouteParameters challenge(org.pilotbridge.challenge.ChallengeId id) {
		return new RouteParameters("id", id.toString());
	}

}
