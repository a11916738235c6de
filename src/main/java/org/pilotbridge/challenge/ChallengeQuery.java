package org.pilotbridge.challenge;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.shared.Markdown;

/**
 * Reads challenges: the public page of a published one (for anyone), the editable view
 * for its managers, and the download of an attachment. A challenge past its deadline is
 * closed before it is read.
 */
@Service
@Transactional(readOnly = true)
public class ChallengeQuery {

	static final int DESCRIPTION_LENGTH = 160;

	private final Challenges challenges;

	private final ChallengeAttachments attachments;

	private final Questions questions;

	private final ClarificationQuery clarifications;

	private final ChallengeClosing closing;

	private final ChallengeAccess access;

	private final CpvCatalogue cpv;

	private final OrganisationDirectory organisations;

	private final Clock clock;

	private final AwardNotices notices;

	ChallengeQuery(Challenges challenges, ChallengeAttachments attachments, Questions questions,
			ClarificationQuery clarifications, ChallengeClosing closing, ChallengeAccess access, CpvCatalogue cpv,
			OrganisationDirectory organisations, Clock clock, AwardNotices notices) {
		this.notices = notices;
		this.challenges = challenges;
		this.attachments = attachments;
		this.questions = questions;
		this.clarifications = clarifications;
		this.closing = closing;
		this.access = access;
		this.cpv = cpv;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * How the challenge ended, for everyone: the winner and amount, or why no award was
	 * made.
	 */
	public Optional<AwardNotice> awardNotice(ChallengeId id) {
		return notices.of(id);
	}

	/** The award notices of those challenges that have one, for a list. */
	public java.util.Map<ChallengeId, AwardNotice> awardNotices(java.util.Collection<ChallengeId> ids) {
		return notices.of(ids);
	}

	/**
	 * A public challenge by its reference, such as {@code CH-2026-0042}; empty for
	 * drafts.
	 */
	public Optional<PublicChallenge> byReference(String reference) {
		var found = challenges.findByReference(reference == null ? "" : reference.strip());
		if (found.isEmpty() || !found.get().state().isPublic()) {
			return Optional.empty();
		}
		var challenge = found.get();
		var due = challenge.state() == ChallengeState.PUBLISHED && challenge.isPastDeadline(clock.instant());
		// Read again only when this read closed it; otherwise what was read is what is
		// stored.
		if (due && closing.closeIfDue(challenge.id())) {
			return challenges.findById(challenge.id().id()).map(this::toPublic);
		}
		return Optional.of(toPublic(challenge));
	}

	/**
	 * A challenge as its managers see and edit it, drafts included.
	 * @throws ChallengeNotFound when there is no such challenge
	 */
	@PreAuthorize("isAuthenticated()")
	public ManagedChallenge managed(ChallengeId id) {
		closing.closeIfDue(id);
		var challenge = challenges.findById(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		access.requireManager(challenge);
		var pending = questions.findByChallengeAndState(id.id(), QuestionState.PENDING.name()).size();
		return new ManagedChallenge(id, challenge.version(), challenge.reference().orElse(null), challenge.agency(),
				challenge.stateAt(clock.instant()), challenge.toDraft(), challenge.criteria(),
				challenge.hadSubmission(), challenge.submittedCount(), pending, changeLog(challenge),
				attachments.of(id), challenge.withdrawalReason().orElse(null), challenge.createdAt(),
				challenge.publishedAt().orElse(null), challenge.closedAt().orElse(null),
				challenge.questionsDeadline().orElse(null), challenge.proposalsDeadline().orElse(null),
				challenge.scoringDueOn().orElse(null));
	}

	/**
	 * An attachment to download: anyone may download those of a public challenge, only
	 * its managers those of a draft.
	 * @throws ChallengeNotFound when there is no such attachment, or the person may not
	 * see it
	 */
	public AttachmentContent attachment(ChallengeId id, AttachmentId attachment) {
		var challenge = challenges.findById(id.id()).orElseThrow(() -> new ChallengeNotFound(id));
		if (!challenge.state().isPublic() && !access.isManager(challenge)) {
			throw new ChallengeNotFound(id);
		}
		return attachments.content(id, attachment).orElseThrow(() -> new ChallengeNotFound(attachment));
	}

	private PublicChallenge toPublic(Challenge challenge) {
		var id = challenge.id();
		var agencyName = organisations.organisation(challenge.agency()).map(OrganisationSummary::name).orElse("");
		var description = Markdown.plainText(
				challenge.summary().isEmpty() ? challenge.problemStatement() : challenge.summary(), DESCRIPTION_LENGTH);
		return new PublicChallenge(id, challenge.reference().orElseThrow(), challenge.title(), challenge.summary(),
				description, Markdown.toSafeHtml(challenge.problemStatement()),
				Markdown.toSafeHtml(challenge.context()), Markdown.toSafeHtml(challenge.expectedOutcome()),
				Markdown.toSafeHtml(challenge.constraints()), challenge.agency(), agencyName,
				challenge.stateAt(clock.instant()), challenge.questionsDeadline().orElseThrow(),
				challenge.proposalsDeadline().orElseThrow(), challenge.timeZone(), challenge.budgetCap().orElseThrow(),
				challenge.pilotDurationWeeks().orElseThrow(), challenge.pilotsToAward(), challenge.scale(),
				challenge.criteria(), challenge.cpvCodes().stream().flatMap(code -> cpv.find(code).stream()).toList(),
				challenge.tags(), challenge.languages(), challenge.minimumTotal().orElse(null),
				challenge.standstillDays(), challenge.withdrawalReason().orElse(null),
				challenge.publishedAt().orElseThrow(), challenge.closedAt().orElse(null), clarifications.answers(id),
				changeLog(challenge), attachments.of(id));
	}

	private static java.util.List<PublicChallenge.ChangeLogEntry> changeLog(Challenge challenge) {
		return challenge.amendments()
			.stream()
			.map(a -> new PublicChallenge.ChangeLogEntry(a.amendedAt(), a.reason(), a.changedFields(),
					a.previousDeadline(), a.newDeadline()))
			.toList();
	}

}
