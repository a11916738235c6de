package org.pilotbridge.consultation.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.pilotbridge.consultation.ConsultationAnswering;
import org.pilotbridge.consultation.PublicConsultation;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.shared.web.PublicPage;

/**
 * What the reader of an open consultation's page can do, as the services answer it: a
 * visitor is offered to sign in and come back; the agency's challenge managers to manage
 * it; a member of a company to answer it, or change its answer, in the workspace
 * ({@code /consultations/<reference>/answer}), and is told when the company last
 * answered; anyone else that answering is for companies. The services are asked only for
 * a signed-in person's page, which is never cached.
 */
@Component
class ConsultationNextStep {

	private final ConsultationAnswering answering;

	private final OrganisationQuery organisations;

	ConsultationNextStep(ConsultationAnswering answering, OrganisationQuery organisations) {
		this.answering = answering;
		this.organisations = organisations;
	}

	Step of(PublicConsultation consultation, PublicPage page) {
		var signIn = page.here();
		var answer = "/consultations/" + consultation.reference() + "/answer";
		if (!page.signedIn()) {
			return new Step(Audience.VISITOR, signIn, answer, null, null, null);
		}
		var active = organisations.active();
		if (active.isPresent() && active.get().kind() == OrganisationKind.AGENCY
				&& active.get().id().equals(consultation.agency())
				&& active.get().role() == MembershipRole.CHALLENGE_MANAGER) {
			return new Step(Audience.MANAGER, signIn, answer, "/agency/consultations/" + consultation.id(), null, null);
		}
		var company = answering.answeringFor();
		if (company.isEmpty()) {
			return new Step(Audience.OTHER, signIn, answer, null, null, null);
		}
		var answeredAt = answering.answerOf(consultation.id(), company.get().id())
			.map(earlier -> earlier.updatedAt())
			.orElse(null);
		return new Step(Audience.COMPANY, signIn, answer, null, company.get().name(), answeredAt == null ? null
				: ConsultationViews.dateTime(answeredAt, consultation.timeZone(), page.language()));
	}

	enum Audience {

		VISITOR, MANAGER, COMPANY, OTHER

	}

	/**
	 * @param returnTo the page a visitor comes back to once signed in
	 * @param answer where a company member answers, in the workspace
	 * @param manage where a manager manages the consultation
	 * @param company the company a member answers for
	 * @param answeredOn when the company last answered, if it did
	 */
	record Step(Audience audience, String returnTo, String answer, @Nullable String manage, @Nullable String company,
			@Nullable String answeredOn) {
	}

}
