package org.pilotbridge.consultation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.shared.Markdown;

/**
 * Reads consultations: the public page and lists (for anyone), the agency's own list and
 * page (for its managers), and the answers, which the managers read only after the close.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationQuery {

	/** The length of a page's description, as for challenges and solutions. */
	static final int DESCRIPTION_LENGTH = 160;

	public static final int MAX_PAGE_SIZE = 100;

	private final Consultations consultations;

	private final ConsultationAnswers answers;

	private final ConsultationAccess access;

	private final OrganisationDirectory organisations;

	private final ChallengeDirectory challenges;

	private final CpvCatalogue cpv;

	private final Clock clock;

	ConsultationQuery(Consultations consultations, ConsultationAnswers answers, ConsultationAccess access,
			OrganisationDirectory organisations, ChallengeDirectory challenges, CpvCatalogue cpv, Clock clock) {
		this.consultations = consultations;
		this.answers = answers;
		this.access = access;
		this.organisations = organisations;
		this.challenges = challenges;
		this.cpv = cpv;
		this.clock = clock;
	}

	/** The address of a consultation's public page. */
	public static String pathOf(String reference) {
		return "/consultations/" + reference;
	}

	public Optional<PublicConsultation> byReference(String reference) {
		return consultations.findByReference(reference == null ? "" : reference.strip()).map(this::toPublic);
	}

	/** Open consultations closing first, or closed ones most recently closed first. */
	public List<ConsultationSummary> list(boolean open, int offset, int limit) {
		var now = clock.instant();
		var size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
		var found = open ? consultations.findOpen(now, Math.max(0, offset), size)
				: consultations.findClosed(now, Math.max(0, offset), size);
		return found.stream().map(this::summary).toList();
	}

	/**
	 * The consultations of the agency the current person manages challenges for, newest
	 * first.
	 */
	@PreAuthorize("isAuthenticated()")
	public AgencyConsultations ofMyAgency() {
		var agency = access.activeAgency();
		if (agency.isEmpty()) {
			return new AgencyConsultations(null, "", List.of());
		}
		return new AgencyConsultations(agency.get(), nameOf(agency.get()),
				consultations.findByAgency(agency.get().id()).stream().map(this::summary).toList());
	}

	/**
	 * A consultation as its agency's managers see it.
	 * @throws ConsultationNotFound when there is none
	 * @throws org.springframework.security.access.AccessDeniedException when the person
	 * does not manage its agency
	 */
	@PreAuthorize("isAuthenticated()")
	public ManagedConsultation managed(ConsultationId id) {
		var consultation = consultations.findById(id.id()).orElseThrow(() -> new ConsultationNotFound(id));
		access.requireManager(consultation.agency());
		var open = consultation.isOpenAt(clock.instant());
		return new ManagedConsultation(id, consultation.reference(), consultation.agency(), consultation.title(),
				consultation.problem(), consultation.questions(), consultation.cpvCodes(), consultation.publishedAt(),
				consultation.closesAt(), consultation.timeZone(), open,
				open ? null : answers.countByConsultation(id.id()), consultation.challenge().orElse(null));
	}

	/**
	 * Every answer, for the agency's managers, once the consultation has closed.
	 * @throws ConsultationStillOpen before the close
	 */
	@PreAuthorize("isAuthenticated()")
	public List<ReceivedAnswer> answers(ConsultationId id) {
		var consultation = consultations.findById(id.id()).orElseThrow(() -> new ConsultationNotFound(id));
		access.requireManager(consultation.agency());
		if (consultation.isOpenAt(clock.instant())) {
			throw new ConsultationStillOpen();
		}
		return answers.findByConsultation(id.id())
			.stream()
			.map(answer -> new ReceivedAnswer(answer.company(), nameOf(answer.company()),
					organisations.person(answer.answeredBy()).map(PersonSummary::displayName).orElse(""),
					answer.answers(), answer.mayPublish(), answer.answeredAt(), answer.updatedAt()))
			.toList();
	}

	private PublicConsultation toPublic(Consultation consultation) {
		var open = consultation.isOpenAt(clock.instant());
		var id = consultation.id();
		var received = open ? List.<ConsultationAnswer>of() : answers.findByConsultation(id.id());
		var published = received.stream()
			.filter(ConsultationAnswer::mayPublish)
			.map(answer -> new PublicConsultation.PublishedAnswer(nameOf(answer.company()), answer.answers(),
					answer.answeredAt()))
			.toList();
		var challengeReference = consultation.challenge()
			.flatMap(challenges::challenge)
			.filter(challenge -> challenge.state().isPublic())
			.map(ChallengeSummary::reference)
			.orElse(null);
		return new PublicConsultation(id, consultation.reference(), consultation.title(),
				Markdown.plainText(consultation.problem(), DESCRIPTION_LENGTH),
				Markdown.toSafeHtml(consultation.problem()), consultation.questions(),
				consultation.cpvCodes().stream().flatMap(code -> cpv.find(code).stream()).toList(),
				consultation.language(), consultation.agency(), nameOf(consultation.agency()),
				consultation.publishedAt(), consultation.closesAt(), consultation.timeZone(), open,
				open ? null : received.size(), published, challengeReference);
	}

	private ConsultationSummary summary(Consultation consultation) {
		return new ConsultationSummary(consultation.id(), consultation.reference(), consultation.title(),
				consultation.agency(), nameOf(consultation.agency()), consultation.publishedAt(),
				consultation.closesAt(), consultation.timeZone(), consultation.isOpenAt(clock.instant()));
	}

	private String nameOf(OrganisationId organisation) {
		return organisations.organisation(organisation).map(OrganisationSummary::name).orElse("");
	}

	/**
	 * The consultations of an agency.
	 *
	 * @param agency {@code null} when the person manages challenges for no agency
	 */
	public record AgencyConsultations(@Nullable OrganisationId agency, String agencyName,
			List<ConsultationSummary> consultations) {
	}

}
