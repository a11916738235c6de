package org.pilotbridge.challenge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * What other modules need to know about a challenge, as it is now: a published challenge
 * past its deadline is {@code CLOSED} here even before the close has been recorded, which
 * happens only the opening delay after the deadline; its proposals are opened then
 * ({@link #proposalsOpened()}), not before.
 *
 * @param reference {@code null} for a draft
 * @param closedAt when the close was recorded and the proposals opened; {@code null}
 * before
 * @param proposalsOpenAt when the proposals are opened: the deadline plus the opening
 * delay
 * @param scoringDueOn the last day of scoring, in the challenge's time zone; {@code null}
 * before the evaluation started
 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
 */
public record ChallengeSummary(ChallengeId id, @Nullable String reference, String title, OrganisationId agency,
		ChallengeState state, @Nullable Instant questionsDeadline, @Nullable Instant proposalsDeadline, ZoneId timeZone,
		@Nullable Money budgetCap, @Nullable Integer pilotDurationWeeks, List<Criterion> criteria,
		EvaluationScale scale, List<Language> languages, List<String> cpvCodes, int pilotsToAward,
		@Nullable Integer minimumTotal, int standstillDays, int submittedCount, @Nullable Instant publishedAt,
		@Nullable Instant closedAt, @Nullable Instant proposalsOpenAt, @Nullable LocalDate scoringDueOn) {

	static ChallengeSummary of(Challenge challenge, Instant now, Duration openingDelay) {
		return new ChallengeSummary(challenge.id(), challenge.reference().orElse(null), challenge.title(),
				challenge.agency(), challenge.stateAt(now), challenge.questionsDeadline().orElse(null),
				challenge.proposalsDeadline().orElse(null), challenge.timeZone(), challenge.budgetCap().orElse(null),
				challenge.pilotDurationWeeks().orElse(null), challenge.criteria(), challenge.scale(),
				challenge.languages(), challenge.cpvCodes(), challenge.pilotsToAward(),
				challenge.minimumTotal().orElse(null), challenge.standstillDays(), challenge.submittedCount(),
				challenge.publishedAt().orElse(null), challenge.closedAt().orElse(null),
				challenge.opensAt(openingDelay).orElse(null), challenge.scoringDueOn().orElse(null));
	}

	/**
	 * Whether the proposals have been opened: the challenge has closed for good, the
	 * opening delay after its deadline. Nobody but the bidders reads a proposal before.
	 */
	public boolean proposalsOpened() {
		return closedAt != null;
	}

	/**
	 * When scoring is due: the end of its last day, in the challenge's time zone; empty
	 * before the evaluation started.
	 */
	public Optional<Instant> scoringDueAt() {
		return Optional.ofNullable(scoringDueOn).map(day -> day.plusDays(1).atStartOfDay(timeZone).toInstant());
	}

	/** Whether proposals are accepted at that moment. */
	public boolean isOpenAt(Instant now) {
		return ChallengeRules.isOpen(state, proposalsDeadline, now);
	}

}
