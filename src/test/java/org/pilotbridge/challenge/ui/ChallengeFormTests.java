package org.pilotbridge.challenge.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.challenge.EvaluationScale;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager reopens a draft in the editor and saves it untouched: every part of it comes
 * back as it was, through the form's fields and their bindings.
 */
class ChallengeFormTests {

	final ChallengeForm form = new ChallengeForm(new CpvCatalogue(), Money.euros(500_000), () -> {
	});

	@Test
	void givesBackEveryPartOfTheDraftItShows() {
		var draft = ChallengeDraft.builder()
			.title("Fewer empty school buses")
			.summary("Plan school bus routes from actual ridership.")
			.problemStatement("Our **school buses** run half empty on rural roads.")
			.context("Twelve buses serve forty villages.")
			.expectedOutcome("Routes that follow ridership.")
			.constraints("Pupils' data stays in the EU.")
			.budgetCap(Money.euros(25_000))
			.pilotDurationWeeks(12)
			.pilotsToAward(2)
			.timeZone(ZoneId.of("Europe/Paris"))
			.questionsDeadline(LocalDateTime.of(2027, 3, 1, 12, 0))
			.proposalsDeadline(LocalDateTime.of(2027, 3, 15, 17, 0))
			.scale(new EvaluationScale(EvaluationScale.DEFAULT_MIN, EvaluationScale.DEFAULT_MAX,
					List.of("Nothing", "Weak", "Fair", "Good", "Very good", "Excellent")))
			.criteria(List.of(CriterionData.of("Quality", "How well it fits our routes", 60, CriterionType.QUALITATIVE),
					CriterionData.of("Price", "The price asked", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("72000000-5", "48000000-8"))
			.tags(List.of("mobility", "schools"))
			.languages(List.of(Language.FRENCH, Language.ENGLISH, Language.DUTCH))
			.minimumTotal(50)
			.standstillDays(10)
			.build();

		form.read(draft, false);

		assertThat(form.value()).isEqualTo(draft);
	}

	@Test
	void givesBackAnEmptyDraftWithItsDefaults() {
		form.read(ChallengeDraft.empty(), false);

		var value = form.value();

		assertThat(value.toBuilder().languages(List.of()).build()).isEqualTo(ChallengeDraft.empty());
		assertThat(value.languages()).hasSize(1);
	}

}
