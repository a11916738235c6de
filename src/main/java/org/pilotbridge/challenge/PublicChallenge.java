package org.pilotbridge.challenge;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * Everything the public sees of a challenge. Markdown texts come as safe HTML
 * ({@code *Html}), ready to be put into a page; every other text is plain and must be
 * escaped as usual.
 *
 * @param description a plain-text extract for previews and meta descriptions
 * @param answers the published clarifications, never naming who asked
 * @param changeLog the amendments, oldest first
 */
public record PublicChallenge(ChallengeId id, String reference, String title, String summary, String description,
		String problemStatementHtml, String contextHtml, String expectedOutcomeHtml, String constraintsHtml,
		OrganisationId agency, String agencyName, ChallengeState state, Instant questionsDeadline,
		Instant proposalsDeadline, ZoneId timeZone, Money budgetCap, int pilotDurationWeeks, int pilotsToAward,
		EvaluationScale scale, List<Criterion> criteria, List<CpvCatalogue.Entry> cpvCodes, List<String> tags,
		List<Language> languages, @Nullable Integer minimumTotal, int standstillDays, @Nullable String withdrawalReason,
		Instant publishedAt, @Nullable Instant closedAt, List<ClarificationQuery.PublishedAnswer> answers,
		List<ChangeLogEntry> changeLog, List<AttachmentInfo> attachments) {

	/**
	 * Whether proposals are accepted at that moment: published, and the deadline not
	 * passed.
	 */
	public boolean isOpenAt(Instant now) {
		return ChallengeRules.isOpen(state, proposalsDeadline, now);
	}

	/**
	 * Whether companies may still ask a question at that moment: open, and before the
	 * questions deadline.
	 */
	public boolean acceptsQuestionsAt(Instant now) {
		return ChallengeRules.acceptsQuestions(state, questionsDeadline, proposalsDeadline, now);
	}

	/**
	 * What a company may do with the challenge at that moment: follow it, ask a question
	 * while questions are accepted, propose while it is open. Who may act is the
	 * services' answer.
	 */
	public Set<ChallengeAction> actionsAt(Instant now) {
		var actions = EnumSet.of(ChallengeAction.FOLLOW);
		if (acceptsQuestionsAt(now)) {
			actions.add(ChallengeAction.ASK_QUESTION);
		}
		if (isOpenAt(now)) {
			actions.add(ChallengeAction.PROPOSE);
		}
		return Collections.unmodifiableSet(actions);
	}

	/**
	 * When what the public sees of the challenge changes next by itself: the questions
	 * deadline, then the proposals deadline, while it is open; nothing once it is closed
	 * (later changes are decisions, which publish events).
	 */
	public Optional<Instant> nextChangeAfter(Instant now) {
		if (state != ChallengeState.PUBLISHED) {
			return Optional.empty();
		}
		return Stream.of(questionsDeadline, proposalsDeadline).filter(now::isBefore).min(Instant::compareTo);
	}

	/**
	 * One amendment as published: when, why, which fields ({@code challenge.field.<name>}
	 * names them), and how the deadline moved, if it did.
	 */
	public record ChangeLogEntry(Instant amendedAt, String reason, List<String> changedFields,
			@Nullable Instant previousDeadline, @Nullable Instant newDeadline) {
	}

}
