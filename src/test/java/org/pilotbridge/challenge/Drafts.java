package org.pilotbridge.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * Drafts for tests: a complete one that can be published as it is, with deadlines
 * relative to the clock.
 */
final class Drafts {

	private Drafts() {
	}

	static ChallengeDraft.Builder complete(Clock clock) {
		return ChallengeDraft.builder()
			.title("Fewer empty school buses")
			.summary("Plan school bus routes from actual ridership.")
			.problemStatement("Our **school buses** run half empty on rural roads.")
			.context("Twelve buses serve forty villages; routes date from 2009.")
			.expectedOutcome("Routes that follow ridership; success is 20% fewer kilometres.")
			.constraints("Pupils' data stays in the EU.")
			.budgetCap(Money.euros(25_000))
			.pilotDurationWeeks(12)
			.questionsDeadline(local(clock, Duration.ofDays(10)))
			.proposalsDeadline(local(clock, Duration.ofDays(21)))
			.criteria(List.of(
					CriterionData.of("Quality of the approach", "How well it fits our routes", 60,
							CriterionType.QUALITATIVE),
					CriterionData.of("Price", "The price asked", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("72000000-5"))
			.tags(List.of("mobility"))
			.languages(List.of(Language.ENGLISH));
	}

	/** The local time in Brussels that is {@code after} from now. */
	static LocalDateTime local(Clock clock, Duration after) {
		return LocalDateTime.ofInstant(clock.instant().plus(after), ChallengeDraft.DEFAULT_TIME_ZONE).withNano(0);
	}

}
