package org.pilotbridge.catalogue;

import org.pilotbridge.challenge.ChallengeId;

/**
 * The addresses of the catalogue's views that are reached from elsewhere (the challenge's
 * page, through a contribution). The public pages are {@link SolutionQuery#pathOf}.
 * {@code LinksResolveTests} checks that each is served.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public final class CatalogueLinks {

	private CatalogueLinks() {
	}

	/** The solutions suggested for a challenge, for its managers. */
	public static String suggestions(ChallengeId challenge) {
		return "/agency/challenges/" + challenge + "/suggestions";
	}

}
