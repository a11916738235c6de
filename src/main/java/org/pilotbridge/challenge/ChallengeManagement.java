package org.pilotbridge.challenge;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.document.PdfInspection;
import org.pilotbridge.document.PdfInspector;
import org.pilotbridge.document.SafeFileName;
import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.shared.UserText;

/**
 * What the challenge managers of an agency do with its challenges: write drafts, publish
 * them, amend or withdraw them in public, attach PDFs, and start the evaluation once a
 * challenge has closed. Every change of a challenge first closes it if its deadline has
 * passed, then takes its row lock, so that nothing changes in an open challenge after its
 * deadline.
 *
 * @see "Design decision: docs/decisions/DD005-20261125-challenge-deadline-serialization.md"
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ChallengeManagement {

	private final Challenges challenges;

	private final ChallengeAttachments attachments;

	private final ChallengeValidation validation;

	private final ChallengeClosing closing;

	private final ChallengeReferences references;

	private final ChallengeAccess access;

	private final ChallengeProperties properties;

	private final OrganisationDirectory directory;

	private final CurrentPerson current;

	private final PdfInspector pdfs;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChallengeManagement(Challenges challenges, ChallengeAttachments attachments, ChallengeValidation validation,
			ChallengeClosing closing, ChallengeReferences references, ChallengeAccess access,
			ChallengeProperties properties, OrganisationDirectory directory, CurrentPerson current, PdfInspector pdfs,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.challenges = challenges;
		this.attachments = attachments;
		this.validation = validation;
		this.closing = closing;
		this.references = references;
		this.access = access;
		this.properties = properties;
		this.directory = directory;
		this.current = current;
		this.pdfs = pdfs;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** The highest budget cap the platform allows, excluding VAT. */
	@Transactional(readOnly = true)
	public Money maxBudget() {
		return properties.maxBudgetCap();
	}

	/**
	 * Starts a draft for the agency, which the current person manages. Without languages
	 * the draft is in the person's language; a 0–5 scale without descriptions gets the
	 * default ones.
	 * @throws InvalidInput when a text is too long or a value out of range
	 */
	public ChallengeId createDraft(OrganisationId agency, ChallengeDraft draft) {
		var author = access.requireManager(agency);
		if (draft.languages().isEmpty()) {
			var language = directory.person(author).map(p -> p.language()).orElse(Language.ENGLISH);
			draft = draft.toBuilder().languages(List.of(language)).build();
		}
		draft = withDefaultScaleDescriptions(draft);
		validation.checkFormat(draft);
		var challenge = challenges.save(Challenge.draft(agency, author, draft, clock.instant()));
		events.publishEvent(new ChallengeDrafted(challenge.id(), agency,
				current.auditRecord("challenge.drafted", "challenge", challenge.id(), Map.of("title", draft.title()))));
		return challenge.id();
	}

	/**
	 * Saves the draft as it is, incomplete or not.
	 * @param version the version the draft was read at
	 * @throws OptimisticLockingFailureException when someone saved the draft since
	 * @throws InvalidInput when a text is too long or a value out of range, or it is no
	 * longer a draft
	 */
	public void updateDraft(ChallengeId id, int version, ChallengeDraft draft) {
		var challenge = lockAndLoad(id);
		access.requireManager(challenge);
		requireVersion(challenge, version);
		requireState(challenge, ChallengeState.DRAFT, "challenge.state.not-draft");
		validation.checkFormat(draft);
		challenge.describe(draft);
		challenges.save(challenge);
	}

	/**
	 * Deletes a draft that was never published, with its attachments; the audit trail
	 * keeps that it existed.
	 * @throws InvalidInput when it is no longer a draft
	 */
	public void discardDraft(ChallengeId id) {
		var challenge = lockAndLoad(id);
		access.requireManager(challenge);
		requireState(challenge, ChallengeState.DRAFT, "challenge.state.not-draft");
		challenges.delete(challenge);
		events.publishEvent(new DraftDiscarded(id, challenge.agency(),
				current.auditRecord("challenge.discarded", "challenge", id, Map.of("title", challenge.title()))));
	}

	/**
	 * Publishes the draft: it gets its reference and is open for questions and proposals
	 * until its deadlines.
	 * @throws AgencyNotVerified when a platform administrator has not verified the agency
	 * yet
	 * @throws InvalidInput listing every problem of the challenge, one per field; and
	 * ({@code challenge.publish.needs-authorising-officer}) when the agency wants its
	 * challenges published by an authorising officer and someone else asks
	 */
	public void publish(ChallengeId id) {
		var challenge = lockAndLoad(id);
		access.requireManager(challenge);
		requireState(challenge, ChallengeState.DRAFT, "challenge.state.not-draft");
		if (directory.decisionRules(challenge.agency()).publicationNeedsApproval()
				&& !directory.isAuthorisingOfficer(current.required(), challenge.agency())) {
			// The agency wants its challenges approved: publishing is the officer's
			// approval.
			throw InvalidInput.of("publish", "challenge.publish.needs-authorising-officer");
		}
		var verified = directory.organisation(challenge.agency())
			.filter(agency -> agency.verificationState() == VerificationState.VERIFIED)
			.isPresent();
		if (!verified) {
			throw new AgencyNotVerified(challenge.agency());
		}
		var now = clock.instant();
		validation.checkForPublication(challenge.toDraft(), now);
		var reference = references.next(now.atZone(challenge.timeZone()).getYear());
		challenge.publish(reference, now);
		challenges.save(challenge);
		var deadline = challenge.proposalsDeadline().orElseThrow();
		events.publishEvent(new ChallengePublished(id, reference, challenge.title(), challenge.agency(),
				challenge.questionsDeadline().orElseThrow(), deadline, challenge.timeZone(),
				challenge.budgetCap().orElseThrow(), challenge.cpvCodes(), challenge.textLanguage(),
				current.auditRecord("challenge.published", "challenge", id,
						Map.of("reference", reference, "title", challenge.title(), "deadline", deadline.toString(),
								"budget", challenge.budgetCap().orElseThrow().toString()))));
	}

	/**
	 * Publishes a challenge that was never saved as a draft, in one step: when it cannot
	 * be published, nothing is kept (no draft appears by surprise) and the problems say
	 * what is missing.
	 * @return the published challenge
	 * @throws AgencyNotVerified when a platform administrator has not verified the agency
	 * yet
	 * @throws InvalidInput listing every problem of the challenge, one per field
	 */
	public ChallengeId publishNew(OrganisationId agency, ChallengeDraft draft) {
		var id = createDraft(agency, draft);
		publish(id);
		return id;
	}

	/**
	 * Changes a published, open challenge and records why in its public change log. The
	 * proposals deadline can only move later; criteria cannot change once a proposal has
	 * been submitted.
	 * @param version the version the challenge was read at
	 * @throws ProposalDeadlinePassed when the challenge has closed
	 * @throws InvalidInput when the reason is missing, nothing changed, or the result
	 * breaks a rule
	 */
	public void amend(ChallengeId id, int version, ChallengeDraft changed, String reason) {
		var challenge = openForChange(id);
		var manager = current.required();
		requireVersion(challenge, version);
		var why = requireReason(reason);
		var now = clock.instant();
		var changedFields = changed.fieldsChangedFrom(challenge.toDraft());
		if (changedFields.isEmpty()) {
			throw InvalidInput.of("challenge", "challenge.amend.nothing-changed");
		}
		validation.checkAmendment(challenge, changed, changedFields, now);
		var amendment = challenge.amend(changed, changedFields, why, manager, now);
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		events.publishEvent(new ChallengeAmended(id, reference, challenge.title(), challenge.agency(), changedFields,
				why, current.auditRecord("challenge.amended", "challenge", id,
						Map.of("reference", reference, "reason", why, "fields", String.join(",", changedFields)))));
		var previousDeadline = amendment.previousDeadline();
		var newDeadline = amendment.newDeadline();
		if (amendment.extendedDeadline() && previousDeadline != null && newDeadline != null) {
			events.publishEvent(new DeadlineExtended(id, reference, challenge.title(), challenge.agency(),
					previousDeadline, newDeadline,
					current.auditRecord("challenge.deadline-extended", "challenge", id, Map.of("reference", reference,
							"from", previousDeadline.toString(), "to", newDeadline.toString()))));
		}
	}

	/**
	 * Withdraws a published challenge for good, with a public reason.
	 * @throws ProposalDeadlinePassed when the challenge has closed
	 * @throws InvalidInput when the reason is missing or too long
	 */
	public void withdraw(ChallengeId id, String reason) {
		var challenge = openForChange(id);
		var why = requireReason(reason);
		challenge.withdraw(why, clock.instant());
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		events.publishEvent(new ChallengeWithdrawn(id, reference, challenge.title(), challenge.agency(), why, current
			.auditRecord("challenge.withdrawn", "challenge", id, Map.of("reference", reference, "reason", why))));
	}

	/**
	 * Starts the evaluation of a closed challenge, once its proposals have been opened
	 * (the opening delay after the deadline), the panel to score within
	 * {@value Challenge#DEFAULT_SCORING_DAYS} days.
	 * @throws InvalidInput when the challenge is not closed, or its proposals are not
	 * opened yet
	 */
	public void startEvaluation(ChallengeId id) {
		var zone = challenges.findById(id.id()).map(Challenge::timeZone).orElseThrow(() -> new ChallengeNotFound(id));
		startEvaluation(id, LocalDate.now(clock.withZone(zone)).plusDays(Challenge.DEFAULT_SCORING_DAYS));
	}

	/**
	 * Starts the evaluation of a closed challenge, once its proposals have been opened
	 * (the opening delay after the deadline); the panel is asked to score by the end of
	 * {@code scoringDueOn} in the challenge's time zone, and reminded before and after.
	 * @throws InvalidInput when the challenge is not closed, or its proposals are not
	 * opened yet; when the due date is missing, not after today or more than
	 * {@value Challenge#MAX_SCORING_DAYS} days ahead
	 */
	public void startEvaluation(ChallengeId id, @Nullable LocalDate scoringDueOn) {
		closing.closeIfDue(id);
		var challenge = lockAndLoad(id);
		access.requireManager(challenge);
		if (challenge.state() == ChallengeState.PUBLISHED && challenge.isPastDeadline(clock.instant())) {
			throw InvalidInput.of("challenge", "challenge.state.not-opened-yet");
		}
		requireState(challenge, ChallengeState.CLOSED, "challenge.state.not-closed");
		var due = requireScoringDue(challenge, scoringDueOn);
		challenge.startEvaluation(clock.instant(), due);
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		events.publishEvent(new EvaluationStarted(id, reference, challenge.title(), challenge.agency(), due,
				current.auditRecord("challenge.evaluation-started", "challenge", id,
						Map.of("reference", reference, "scoringDueOn", due.toString()))));
	}

	/**
	 * Moves the scoring due date of an evaluation under way, and tells the panel; the
	 * evaluators still scoring are reminded again before the new date.
	 * @throws InvalidInput when the challenge is not under evaluation; when the date is
	 * missing, not after today, more than {@value Challenge#MAX_SCORING_DAYS} days ahead,
	 * or the date already set
	 */
	public void moveScoringDue(ChallengeId id, @Nullable LocalDate scoringDueOn) {
		var challenge = lockAndLoad(id);
		access.requireManager(challenge);
		requireState(challenge, ChallengeState.UNDER_EVALUATION, "challenge.state.not-under-evaluation");
		var due = requireScoringDue(challenge, scoringDueOn);
		var before = challenge.scoringDueOn().orElse(null);
		if (due.equals(before)) {
			throw InvalidInput.of("scoringDueOn", "challenge.scoring-due.unchanged");
		}
		challenge.moveScoringDue(due);
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		events.publishEvent(new ScoringDueMoved(id, reference, challenge.title(), due,
				current.auditRecord("challenge.scoring-due-moved", "challenge", id,
						Map.of("reference", reference, "from", String.valueOf(before), "to", due.toString()))));
	}

	private LocalDate requireScoringDue(Challenge challenge, @Nullable LocalDate scoringDueOn) {
		var today = LocalDate.now(clock.withZone(challenge.timeZone()));
		if (scoringDueOn == null || !scoringDueOn.isAfter(today)) {
			throw InvalidInput.of("scoringDueOn", "challenge.scoring-due.after-today");
		}
		if (scoringDueOn.isAfter(today.plusDays(Challenge.MAX_SCORING_DAYS))) {
			throw InvalidInput.of("scoringDueOn", "challenge.scoring-due.too-far", Challenge.MAX_SCORING_DAYS);
		}
		return scoringDueOn;
	}

	/**
	 * Attaches a PDF to a draft, or to an open challenge as an amendment with a public
	 * reason.
	 * @param reason why a published challenge gets it; ignored for a draft
	 * @throws InvalidInput when the file is not an acceptable PDF, the challenge has
	 * {@value Challenge#MAX_ATTACHMENTS} already, or the reason is missing
	 */
	public AttachmentId attach(ChallengeId id, String fileName, InputStream content, @Nullable String reason) {
		var challenge = draftOrOpen(id);
		var manager = current.required();
		var published = challenge.state() == ChallengeState.PUBLISHED;
		var why = published ? requireReason(reason) : "";
		if (attachments.count(id) >= Challenge.MAX_ATTACHMENTS) {
			throw InvalidInput.of("attachments", "challenge.attachment.too-many", Challenge.MAX_ATTACHMENTS);
		}
		var pdf = switch (pdfs.inspect(content)) {
			case PdfInspection.Accepted accepted -> accepted;
			case PdfInspection.Rejected rejected ->
				throw InvalidInput.of("attachments", rejected.messageKey(), rejected.arguments().toArray());
		};
		var name = SafeFileName.ofPdf(fileName);
		var now = clock.instant();
		var attachment = attachments.add(id, name, pdf, manager, now);
		if (published) {
			recordAttachmentChange(challenge, why, name.value(), now);
		}
		return attachment;
	}

	/**
	 * Removes an attachment from a draft, or from an open challenge as an amendment with
	 * a public reason.
	 */
	public void detach(ChallengeId id, AttachmentId attachment, @Nullable String reason) {
		var challenge = draftOrOpen(id);
		var published = challenge.state() == ChallengeState.PUBLISHED;
		var why = published ? requireReason(reason) : "";
		var name = attachments.fileName(id, attachment)
			.orElseThrow(() -> InvalidInput.of("attachments", "challenge.attachment.gone"));
		attachments.remove(id, attachment);
		if (published) {
			recordAttachmentChange(challenge, why, name, clock.instant());
		}
	}

	private void recordAttachmentChange(Challenge challenge, String reason, String fileName, Instant now) {
		challenge.amend(challenge.toDraft(), List.of("attachments"), reason, current.required(), now);
		challenges.save(challenge);
		var reference = challenge.reference().orElseThrow();
		events.publishEvent(new ChallengeAmended(challenge.id(), reference, challenge.title(), challenge.agency(),
				List.of("attachments"), reason, current.auditRecord("challenge.amended", "challenge", challenge.id(),
						Map.of("reference", reference, "reason", reason, "fields", "attachments", "file", fileName))));
	}

	private ChallengeDraft withDefaultScaleDescriptions(ChallengeDraft draft) {
		var scale = draft.scale();
		if (!scale.descriptions().isEmpty() || scale.min() != EvaluationScale.DEFAULT_MIN
				|| scale.max() != EvaluationScale.DEFAULT_MAX) {
			return draft;
		}
		var locale = draft.languages().get(0).locale();
		var descriptions = IntStream.rangeClosed(scale.min(), scale.max())
			.mapToObj(point -> messages.getMessage("challenge.scale.default." + point, null, locale))
			.toList();
		return draft.toBuilder().scale(new EvaluationScale(scale.min(), scale.max(), descriptions)).build();
	}

	/**
	 * Closes the challenge if due, then locks it; the current person must manage it, and
	 * it must be published and before its deadline.
	 */
	private Challenge openForChange(ChallengeId id) {
		closing.closeIfDue(id);
		var challenge = lockAndLoad(id);
		access.requireManager(challenge);
		requireOpen(challenge);
		return challenge;
	}

	private Challenge draftOrOpen(ChallengeId id) {
		closing.closeIfDue(id);
		var challenge = lockAndLoad(id);
		access.requireManager(challenge);
		if (challenge.state() != ChallengeState.DRAFT) {
			requireOpen(challenge);
		}
		return challenge;
	}

	private void requireOpen(Challenge challenge) {
		if (challenge.state() == ChallengeState.PUBLISHED || challenge.state() == ChallengeState.CLOSED) {
			if (!challenge.isOpenAt(clock.instant())) {
				throw new ProposalDeadlinePassed(challenge.id());
			}
		}
		else {
			throw InvalidInput.of("challenge", "challenge.state.not-published");
		}
	}

	private Challenge lockAndLoad(ChallengeId id) {
		challenges.lock(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		return challenges.findById(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
	}

	private static void requireVersion(Challenge challenge, int version) {
		if (challenge.version() != version) {
			throw new OptimisticLockingFailureException(
					"Challenge " + challenge.id() + " is at version " + challenge.version() + ", not " + version);
		}
	}

	private static void requireState(Challenge challenge, ChallengeState state, String messageKey) {
		if (challenge.state() != state) {
			throw InvalidInput.of("challenge", messageKey);
		}
	}

	private static String requireReason(@Nullable String reason) {
		var text = UserText.clean(reason);
		new InvalidInput.Problems().require(!text.isEmpty(), "reason", "validation.required")
			.require(text.length() <= Challenge.REASON_MAX_LENGTH, "reason", "validation.too-long",
					Challenge.REASON_MAX_LENGTH)
			.throwIfAny();
		return text;
	}

}
