package org.pilotbridge.consultation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.shared.InvalidInput;

/**
 * What the members of a company do with a market consultation: answer it, and change
 * their answer, until it closes. One answer per company; no price, no commitment.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ConsultationAnswering {

	private final Consultations consultations;

	private final ConsultationAnswers answers;

	private final ConsultationAccess access;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationAnswering(Consultations consultations, ConsultationAnswers answers, ConsultationAccess access,
			CurrentPerson current, ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.answers = answers;
		this.access = access;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the company's answer, or replaces its earlier one.
	 * @param texts one text per question, in order; some may be empty, not all
	 * @param mayPublish whether the company agrees that its answer be shown to the
	 * public, with its name, after the close
	 * @throws ConsultationClosed when the consultation has closed; nothing is changed
	 * @throws InvalidInput when nothing is answered or a text is too long
	 */
	public void answer(ConsultationId id, OrganisationId company, List<String> texts, boolean mayPublish) {
		var member = access.requireCompanyMember(company);
		consultations.lock(id.id()).orElseThrow(() -> new ConsultationNotFound(id));
		var consultation = consultations.findById(id.id()).orElseThrow(() -> new ConsultationNotFound(id));
		var now = clock.instant();
		if (!consultation.isOpenAt(now)) {
			throw new ConsultationClosed();
		}
		var cleaned = texts.stream().map(text -> ConsultationDraft.text(text)).toList();
		var problems = new InvalidInput.Problems();
		if (cleaned.size() != consultation.questions().size()) {
			throw new IllegalArgumentException(
					"Expected " + consultation.questions().size() + " answers, got " + cleaned.size());
		}
		for (var i = 0; i < cleaned.size(); i++) {
			problems.require(cleaned.get(i).length() <= Consultation.ANSWER_MAX_LENGTH, "answers[" + i + "]",
					"validation.too-long", Consultation.ANSWER_MAX_LENGTH);
		}
		problems.require(cleaned.stream().anyMatch(text -> !text.isEmpty()), "answers[0]",
				"catalogue.consultation.answer-required");
		problems.throwIfAny();
		var existing = answers.findByConsultationAndCompany(id.id(), company.id());
		var answer = existing.map(earlier -> {
			earlier.revise(member, cleaned, mayPublish, now);
			return earlier;
		}).orElseGet(() -> ConsultationAnswer.of(id, company, member, cleaned, mayPublish, now));
		answers.save(answer);
		events.publishEvent(new ConsultationAnswered(id, consultation.reference(), company, existing.isPresent(),
				current.auditRecord("consultation.answered", "consultation", id,
						Map.of("reference", consultation.reference(), "company", company.toString(), "mayPublish",
								String.valueOf(mayPublish)))));
	}

	/**
	 * The company the current person answers for: their active organisation if it is a
	 * company, otherwise their first company; empty when they belong to none.
	 */
	@Transactional(readOnly = true)
	public Optional<OrganisationQuery.MyOrganisation> answeringFor() {
		return access.activeCompanyMembership();
	}

	/** The answer of the company, which the current person belongs to, if it answered. */
	@Transactional(readOnly = true)
	public Optional<ConsultationAnswer> answerOf(ConsultationId id, OrganisationId company) {
		if (!access.isCompanyMember(company)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the company's members see its answer");
		}
		return answers.findByConsultationAndCompany(id.id(), company.id());
	}

}
