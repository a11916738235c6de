package org.pilotbridge.challenge;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotbridge.challenge.ChallengeAction.AMEND;
import static org.pilotbridge.challenge.ChallengeAction.ASK_QUESTION;
import static org.pilotbridge.challenge.ChallengeAction.COMPOSE_PANEL;
import static org.pilotbridge.challenge.ChallengeAction.DELETE_DRAFT;
import static org.pilotbridge.challenge.ChallengeAction.EDIT_DRAFT;
import static org.pilotbridge.challenge.ChallengeAction.FOLLOW;
import static org.pilotbridge.challenge.ChallengeAction.FOLLOW_EVALUATION;
import static org.pilotbridge.challenge.ChallengeAction.PROPOSE;
import static org.pilotbridge.challenge.ChallengeAction.PUBLISH;
import static org.pilotbridge.challenge.ChallengeAction.REVIEW_QUESTIONS;
import static org.pilotbridge.challenge.ChallengeAction.RUN_PILOTS;
import static org.pilotbridge.challenge.ChallengeAction.START_EVALUATION;
import static org.pilotbridge.challenge.ChallengeAction.WITHDRAW;

/**
 * What the public and the managers' read models of a challenge answer at the edges of its
 * deadlines: a company reading the page one second before the deadline may still propose,
 * at the deadline it may not, whatever the job has recorded; questions stop at their own
 * deadline; the managers are offered exactly what the challenge's state allows.
 */
class ChallengeReadModelTests {

	static final Instant PUBLISHED_AT = Instant.parse("2026-12-01T09:00:00Z");

	static final Instant QUESTIONS = PUBLISHED_AT.plus(Duration.ofDays(10));

	static final Instant DEADLINE = PUBLISHED_AT.plus(Duration.ofDays(21));

	static final Duration SECOND = Duration.ofSeconds(1);

	@Nested
	class ThePublicPage {

		@Test
		void offersToProposeUntilTheLastSecondBeforeTheDeadline() {
			var challenge = publicChallenge(ChallengeState.PUBLISHED);
			assertThat(challenge.isOpenAt(DEADLINE.minus(SECOND))).isTrue();
			assertThat(challenge.actionsAt(DEADLINE.minus(SECOND))).containsExactlyInAnyOrder(FOLLOW, PROPOSE);
		}

		@Test
		void closesExactlyAtTheDeadlineEvenBeforeTheCloseIsRecorded() {
			var challenge = publicChallenge(ChallengeState.PUBLISHED);
			assertThat(challenge.isOpenAt(DEADLINE)).isFalse();
			assertThat(challenge.acceptsQuestionsAt(DEADLINE)).isFalse();
			assertThat(challenge.actionsAt(DEADLINE)).containsExactly(FOLLOW);
			assertThat(challenge.actionsAt(DEADLINE.plus(SECOND))).containsExactly(FOLLOW);
		}

		@Test
		void acceptsQuestionsUntilTheQuestionsDeadlineOnly() {
			var challenge = publicChallenge(ChallengeState.PUBLISHED);
			assertThat(challenge.acceptsQuestionsAt(QUESTIONS.minus(SECOND))).isTrue();
			assertThat(challenge.actionsAt(QUESTIONS.minus(SECOND))).containsExactlyInAnyOrder(FOLLOW, ASK_QUESTION,
					PROPOSE);
			assertThat(challenge.acceptsQuestionsAt(QUESTIONS)).isFalse();
			assertThat(challenge.isOpenAt(QUESTIONS)).isTrue();
			assertThat(challenge.actionsAt(QUESTIONS)).containsExactlyInAnyOrder(FOLLOW, PROPOSE);
		}

		@Test
		void neverOpensAWithdrawnOrClosedChallengeBeforeItsDeadline() {
			for (var state : List.of(ChallengeState.WITHDRAWN, ChallengeState.CLOSED, ChallengeState.AWARDED)) {
				var challenge = publicChallenge(state);
				assertThat(challenge.isOpenAt(PUBLISHED_AT)).as(state.name()).isFalse();
				assertThat(challenge.acceptsQuestionsAt(PUBLISHED_AT)).as(state.name()).isFalse();
				assertThat(challenge.actionsAt(PUBLISHED_AT)).as(state.name()).containsExactly(FOLLOW);
			}
		}

	}

	@Nested
	class TheManagersPage {

		@Test
		void offersADraftToEditAndPublish() {
			var draft = managed(ChallengeState.DRAFT, null, 0, null, null);
			assertThat(draft.isOpenAt(PUBLISHED_AT)).isFalse();
			assertThat(draft.actionsAt(PUBLISHED_AT)).containsExactlyInAnyOrder(EDIT_DRAFT, PUBLISH, DELETE_DRAFT);
		}

		@Test
		void offersToAmendAndWithdrawUntilTheLastSecondBeforeTheDeadline() {
			var challenge = managed(ChallengeState.PUBLISHED, "CH-2026-0042", 0, null, DEADLINE);
			var now = DEADLINE.minus(SECOND);
			assertThat(challenge.isOpenAt(now)).isTrue();
			assertThat(challenge.awaitsOpeningAt(now)).isFalse();
			assertThat(challenge.actionsAt(now)).containsExactlyInAnyOrder(AMEND, WITHDRAW, REVIEW_QUESTIONS,
					COMPOSE_PANEL);
		}

		@Test
		void stopsAmendmentsExactlyAtTheDeadlineAndWaitsForTheProposalsToBeOpened() {
			// Read before the deadline, asked at it: the stored state is still
			// "published".
			var challenge = managed(ChallengeState.PUBLISHED, "CH-2026-0042", 0, null, DEADLINE);
			assertThat(challenge.isOpenAt(DEADLINE)).isFalse();
			assertThat(challenge.stateAt(DEADLINE)).isEqualTo(ChallengeState.CLOSED);
			assertThat(challenge.awaitsOpeningAt(DEADLINE)).isTrue();
			assertThat(challenge.actionsAt(DEADLINE)).containsExactlyInAnyOrder(COMPOSE_PANEL, FOLLOW_EVALUATION);
		}

		@Test
		void keepsShowingQuestionsLeftWaitingAfterTheDeadline() {
			var challenge = managed(ChallengeState.CLOSED, "CH-2026-0042", 2, null, DEADLINE);
			assertThat(challenge.actionsAt(DEADLINE.plus(SECOND))).contains(REVIEW_QUESTIONS);
			var answered = managed(ChallengeState.CLOSED, "CH-2026-0042", 0, null, DEADLINE);
			assertThat(answered.actionsAt(DEADLINE.plus(SECOND))).doesNotContain(REVIEW_QUESTIONS);
		}

		@Test
		void acceptsQuestionsUntilTheQuestionsDeadlineOnly() {
			var challenge = managed(ChallengeState.PUBLISHED, "CH-2026-0042", 0, null, DEADLINE);
			assertThat(challenge.acceptsQuestionsAt(QUESTIONS.minus(SECOND))).isTrue();
			assertThat(challenge.acceptsQuestionsAt(QUESTIONS)).isFalse();
		}

		@Test
		void startsTheEvaluationOnlyOnceTheProposalsAreOpened() {
			var closed = managed(ChallengeState.CLOSED, "CH-2026-0042", 0, DEADLINE.plus(Duration.ofMinutes(5)),
					DEADLINE);
			var now = DEADLINE.plus(Duration.ofMinutes(6));
			assertThat(closed.awaitsOpeningAt(now)).isFalse();
			assertThat(closed.actionsAt(now)).containsExactlyInAnyOrder(START_EVALUATION, COMPOSE_PANEL,
					FOLLOW_EVALUATION);
		}

		@Test
		void offersThePilotsOfAnAwardedChallengeOnly() {
			var awarded = managed(ChallengeState.AWARDED, "CH-2026-0042", 0, DEADLINE, DEADLINE);
			assertThat(awarded.actionsAt(DEADLINE.plus(Duration.ofDays(30)))).containsExactlyInAnyOrder(RUN_PILOTS,
					COMPOSE_PANEL, FOLLOW_EVALUATION);
			var notAwarded = managed(ChallengeState.NO_AWARD, "CH-2026-0042", 0, DEADLINE, DEADLINE);
			assertThat(notAwarded.actionsAt(DEADLINE.plus(Duration.ofDays(30)))).doesNotContain(RUN_PILOTS);
		}

		@Test
		void offersNothingForAWithdrawnChallenge() {
			var withdrawn = managed(ChallengeState.WITHDRAWN, "CH-2026-0042", 0, null, DEADLINE);
			assertThat(withdrawn.isOpenAt(PUBLISHED_AT)).isFalse();
			assertThat(withdrawn.actionsAt(PUBLISHED_AT)).isEmpty();
		}

	}

	static PublicChallenge publicChallenge(ChallengeState state) {
		return new PublicChallenge(new ChallengeId(UUID.randomUUID()), "CH-2026-0042", "Fewer empty school buses", "",
				"", "", "", "", "", new OrganisationId(UUID.randomUUID()), "City of Ghent", state, QUESTIONS, DEADLINE,
				ZoneId.of("Europe/Brussels"), Money.euros(25_000), 12, 1, EvaluationScale.standard(), List.of(),
				List.of(), List.of(), List.of(Language.ENGLISH), null, 0, null, PUBLISHED_AT, null, List.of(),
				List.of(), List.of());
	}

	static ManagedChallenge managed(ChallengeState state, @Nullable String reference, int pendingQuestions,
			@Nullable Instant closedAt, @Nullable Instant deadline) {
		return new ManagedChallenge(new ChallengeId(UUID.randomUUID()), 3, reference,
				new OrganisationId(UUID.randomUUID()), state, ChallengeDraft.empty(), List.of(), false, 0,
				pendingQuestions, List.of(), List.of(), null, PUBLISHED_AT.minus(Duration.ofDays(1)),
				reference == null ? null : PUBLISHED_AT, closedAt, deadline == null ? null : QUESTIONS, deadline, null);
	}

}
