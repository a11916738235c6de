package org.pilotbridge.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;

/**
 * A challenge as its managers edit it: what it says as a draft (to change and save back
 * with the version it was read at), where it stands, what happened to it, and what its
 * managers may do with it at a given moment ({@link #actionsAt}), which views ask rather
 * than work out from the state.
 *
 * @param questionsDeadline the questions deadline as stored; {@code null} while a draft
 * has none
 * @param proposalsDeadline the proposals deadline as stored; {@code null} while a draft
 * has none
 * @param scoringDueOn the last day of scoring; {@code null} before the evaluation
 */
public record ManagedChallenge(ChallengeId id, int version, @Nullable String reference, OrganisationId agency,
		ChallengeState state, ChallengeDraft content, List<Criterion> criteria, boolean criteriaFrozen,
		int submittedCount, int pendingQuestions, List<PublicChallenge.ChangeLogEntry> changeLog,
		List<AttachmentInfo> attachments, @Nullable String withdrawalReason, Instant createdAt,
		@Nullable Instant publishedAt, @Nullable Instant closedAt, @Nullable Instant questionsDeadline,
		@Nullable Instant proposalsDeadline, @Nullable LocalDate scoringDueOn) {

	/**
	 * The state at that moment: a published challenge past its deadline is closed,
	 * recorded or not.
	 */
	public ChallengeState stateAt(Instant now) {
		return ChallengeRules.stateAt(state, proposalsDeadline, now);
	}

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
	 * Whether the deadline has passed but the proposals are not opened yet: the challenge
	 * closes for good (and its evaluation may start) only the opening delay after its
	 * deadline.
	 */
	public boolean awaitsOpeningAt(Instant now) {
		return stateAt(now) == ChallengeState.CLOSED && closedAt == null;
	}

	/** What the managers may do with the challenge at that moment. */
	public Set<ChallengeAction> actionsAt(Instant now) {
		var state = stateAt(now);
		var actions = EnumSet.noneOf(ChallengeAction.class);
		if (state == ChallengeState.DRAFT) {
			actions.addAll(List.of(ChallengeAction.EDIT_DRAFT, ChallengeAction.PUBLISH, ChallengeAction.DELETE_DRAFT));
		}
		if (state == ChallengeState.PUBLISHED) {
			actions.addAll(List.of(ChallengeAction.AMEND, ChallengeAction.WITHDRAW));
		}
		if (state == ChallengeState.PUBLISHED || pendingQuestions > 0) {
			actions.add(ChallengeAction.REVIEW_QUESTIONS);
		}
		if (state != ChallengeState.DRAFT && state != ChallengeState.WITHDRAWN) {
			actions.add(ChallengeAction.COMPOSE_PANEL);
			if (state != ChallengeState.PUBLISHED) {
				actions.add(ChallengeAction.FOLLOW_EVALUATION);
			}
		}
		if (state == ChallengeState.CLOSED && closedAt != null) {
			actions.add(ChallengeAction.START_EVALUATION);
		}
		if (state == ChallengeState.UNDER_EVALUATION && scoringDueOn != null) {
			actions.add(ChallengeAction.MOVE_SCORING_DUE);
		}
		if (state == ChallengeState.AWARDED && reference != null) {
			actions.add(ChallengeAction.RUN_PILOTS);
		}
		return Collections.unmodifiableSet(actions);
	}

}
