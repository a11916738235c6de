package org.pilotbridge.consultation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.Challenge;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Markdown;
import org.pilotbridge.shared.PublicLinks;

/**
 * What the challenge managers of a verified agency do with market consultations: publish
 * one, and turn it into a draft challenge with its texts carried over.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ConsultationManagement {

	/** The latest closing time a consultation may have, counted from its publication. */
	static final Duration MAX_PERIOD = Duration.ofDays(366);

	private static final Pattern CPV_FORMAT = Pattern.compile("\\d{8}(-\\d)?");

	private final Consultations consultations;

	private final ConsultationAnswers answers;

	private final ConsultationReferences references;

	private final ConsultationAccess access;

	private final ConsultationProperties properties;

	private final OrganisationDirectory organisations;

	private final ChallengeManagement challenges;

	private final ChallengeDirectory challengeDirectory;

	private final CpvCatalogue cpv;

	private final CurrentPerson current;

	private final MessageSource messages;

	private final PublicLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationManagement(Consultations consultations, ConsultationAnswers answers, ConsultationReferences references,
			ConsultationAccess access, ConsultationProperties properties, OrganisationDirectory organisations,
			ChallengeManagement challenges, ChallengeDirectory challengeDirectory, CpvCatalogue cpv,
			CurrentPerson current, MessageSource messages, PublicLinks links, ApplicationEventPublisher events,
			Clock clock) {
		this.consultations = consultations;
		this.answers = answers;
		this.references = references;
		this.access = access;
		this.properties = properties;
		this.organisations = organisations;
		this.challenges = challenges;
		this.challengeDirectory = challengeDirectory;
		this.cpv = cpv;
		this.current = current;
		this.messages = messages;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes a consultation of the agency, which the current person manages. It is
	 * open at once, until its closing time.
	 * @throws InvalidInput listing every problem, one per field, or when a platform
	 * administrator has not verified the agency yet
	 */
	public ConsultationId publish(OrganisationId agency, ConsultationDraft draft) {
		var author = access.requireManager(agency);
		var verified = organisations.organisation(agency)
			.filter(o -> o.verificationState() == VerificationState.VERIFIED)
			.isPresent();
		if (!verified) {
			throw InvalidInput.of("agency", "catalogue.consultation.agency-not-verified");
		}
		var now = clock.instant();
		var closesAt = draft.closesAt() == null ? null : draft.closesAt().atZone(draft.timeZone()).toInstant();
		var problems = new InvalidInput.Problems();
		required(problems, "title", draft.title(), Consultation.TITLE_MAX_LENGTH);
		required(problems, "problem", draft.problem(), Consultation.PROBLEM_MAX_LENGTH);
		if (draft.questions().isEmpty()) {
			problems.add("questions", "catalogue.consultation.questions-required");
		}
		else if (draft.questions().size() > Consultation.MAX_QUESTIONS) {
			problems.add("questions", "catalogue.consultation.too-many-questions", Consultation.MAX_QUESTIONS);
		}
		else {
			draft.questions()
				.stream()
				.filter(question -> question.length() > Consultation.QUESTION_MAX_LENGTH)
				.findFirst()
				.ifPresent(
						question -> problems.add("questions", "validation.too-long", Consultation.QUESTION_MAX_LENGTH));
		}
		if (draft.cpvCodes().size() > Consultation.MAX_CPV_CODES) {
			problems.add("cpvCodes", "catalogue.solution.too-many-cpv", Consultation.MAX_CPV_CODES);
		}
		else {
			draft.cpvCodes()
				.stream()
				.filter(code -> !CPV_FORMAT.matcher(code).matches() || !cpv.exists(code))
				.findFirst()
				.ifPresent(code -> problems.add("cpvCodes", "catalogue.solution.cpv-unknown", code));
		}
		if (closesAt == null) {
			problems.add("closesAt", "validation.required");
		}
		else if (closesAt.isBefore(now.plus(properties.minPeriod()))) {
			problems.add("closesAt", "catalogue.consultation.closes-too-soon", properties.minPeriod().toHours());
		}
		else if (closesAt.isAfter(now.plus(MAX_PERIOD))) {
			problems.add("closesAt", "catalogue.consultation.closes-too-late");
		}
		problems.throwIfAny();
		Objects.requireNonNull(closesAt, "checked above");
		var reference = references.next(now.atZone(draft.timeZone()).getYear());
		var consultation = consultations.save(Consultation.publish(reference, agency, author, draft, closesAt, now));
		events.publishEvent(new ConsultationPublished(consultation.id(), reference, draft.title(), agency, closesAt,
				current.auditRecord("consultation.published", "consultation", consultation.id(),
						Map.of("reference", reference, "title", draft.title(), "closesAt", closesAt.toString()))));
		return consultation.id();
	}

	/**
	 * Starts a draft challenge of the agency with the consultation's texts: its title,
	 * its problem (and a summary taken from it), its CPV codes and language, and a note
	 * of the consultation in the context. A consultation turned into a challenge already
	 * gives that challenge again.
	 */
	public ChallengeId draftChallenge(ConsultationId id) {
		var consultation = consultations.findById(id.id()).orElseThrow(() -> new ConsultationNotFound(id));
		access.requireManager(consultation.agency());
		var existing = consultation.challenge()
			.filter(challenge -> challengeDirectory.challenge(challenge).isPresent());
		if (existing.isPresent()) {
			return existing.get();
		}
		var language = consultation.language();
		var answered = answers.countByConsultation(id.id());
		var context = messages
			.getMessage("catalogue.consultation.challenge-context",
					new Object[] { consultation.reference(),
							links.to(ConsultationQuery.pathOf(consultation.reference())), answered },
					language.locale());
		var draft = ChallengeDraft.builder()
			.title(truncate(consultation.title(), Challenge.TITLE_MAX_LENGTH))
			.summary(Markdown.plainText(consultation.problem(), Challenge.SUMMARY_MAX_LENGTH))
			.problemStatement(truncate(consultation.problem(), Challenge.TEXT_MAX_LENGTH))
			.context(context)
			.cpvCodes(consultation.cpvCodes())
			.languages(List.of(language))
			.build();
		var challenge = challenges.createDraft(consultation.agency(), draft);
		consultation.turnedInto(challenge);
		consultations.save(consultation);
		events.publishEvent(new ConsultationTurnedIntoChallenge(id, consultation.reference(), challenge,
				current.auditRecord("consultation.turned-into-challenge", "consultation", id,
						Map.of("reference", consultation.reference(), "challenge", challenge.toString()))));
		return challenge;
	}

	private static void required(InvalidInput.Problems problems, String field, String value, int max) {
		if (value.isEmpty()) {
			problems.add(field, "validation.required");
		}
		else if (value.length() > max) {
			problems.add(field, "validation.too-long", max);
		}
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
