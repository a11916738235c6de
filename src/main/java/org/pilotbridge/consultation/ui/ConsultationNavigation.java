package org.pilotbridge.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.consultation.ConsultationId;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.shared.ui.MainLayout;

/**
 * The addresses of the consultation views, in one place. The page of each consultation
 * belongs to the public site ({@code consultation.web}); views link to it in the person's
 * language.
 */
final class ConsultationNavigation {

	static final String ANSWER_CONSULTATION = "consultations/:reference/answer";

	static final String AGENCY_CONSULTATIONS = "agency/consultations";

	static final String NEW_CONSULTATION = "agency/consultations/new";

	static final String MANAGE_CONSULTATION = "agency/consultations/:id";

	private ConsultationNavigation() {
	}

	/**
	 * A link to a consultation's public page, in the person's language, which the browser
	 * loads.
	 */
	static Anchor consultationPage(String reference, String text) {
		return MainLayout.publicLink(ConsultationQuery.pathOf(reference), text);
	}

	static RouteParameters consultation(ConsultationId id) {
		return new RouteParameters("id", id.toString());
	}

	/** The manage page of a challenge, in the {@code challenge} module. */
	static String challengeManagePath(ChallengeId id) {
		return ChallengeLinks.manage(id);
	}

	/** The editor of a draft challenge, in the {@code challenge} module. */
	static String challengeEditorPath(ChallengeId id) {
		return ChallengeLinks.edit(id);
	}

}
