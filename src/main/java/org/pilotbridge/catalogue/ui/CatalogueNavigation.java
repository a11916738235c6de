package org.pilotbridge.catalogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;

import org.pilotbridge.catalogue.SolutionId;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.shared.ui.MainLayout;

/**
 * The addresses of the catalogue views, in one place. The {@code challenge} module cannot
 * depend on this one: its manage page is given the link to the solutions suggested for a
 * challenge ({@link SuggestionsContribution},
 * {@link org.pilotbridge.catalogue.CatalogueLinks}). The pages of solutions belong to the
 * public site ({@code catalogue.web}); views link to them in the person's language.
 */
final class CatalogueNavigation {

	static final String MY_SOLUTIONS = "company/solutions";

	static final String NEW_SOLUTION = "company/solutions/new";

	static final String EDIT_SOLUTION = "company/solutions/:id/edit";

	static final String SCREENING = "admin/solutions";

	static final String SUGGESTIONS = "agency/challenges/:id/suggestions";

	private CatalogueNavigation() {
	}

	/**
	 * A link to a solution's public page, in the person's language, which the browser
	 * loads.
	 */
	static Anchor solutionPage(String reference, String text) {
		return MainLayout.publicLink(SolutionQuery.pathOf(reference), text);
	}

	static RouteParameters solution(SolutionId id) {
		return new RouteParameters("id", id.toString());
	}

	static String imagePath(String reference, Object image) {
		return "/solutions/" + reference + "/images/" + image;
	}

	static String brochurePath(String reference, Object brochure) {
		return "/solutions/" + reference + "/brochure/" + brochure;
	}

	/** The manage page of a challenge, in the {@code challenge} module. */
	static String challengeManagePath(ChallengeId id) {
		return ChallengeLinks.manage(id);
	}

}
