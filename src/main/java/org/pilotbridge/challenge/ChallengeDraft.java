package org.pilotbridge.challenge;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.shared.UserText;

/**
 * Everything a challenge manager writes about a challenge, complete or not. A draft is
 * saved as it is (only lengths and formats are checked); publishing checks that it is
 * complete and sound. Deadlines are local times in the challenge's official time zone.
 *
 * @param budgetCap the most the agency pays for one pilot, excluding VAT
 * @param languages the languages the challenge is written in and proposals are accepted
 * in; the first one is the language of its text
 * @param minimumTotal the total score (out of 100) a proposal needs to be awarded, if any
 */
public record ChallengeDraft(String title, String summary, String problemStatement, String context,
		String expectedOutcome, String constraints, @Nullable Money budgetCap, @Nullable Integer pilotDurationWeeks,
		int pilotsToAward, ZoneId timeZone, @Nullable LocalDateTime questionsDeadline,
		@Nullable LocalDateTime proposalsDeadline, EvaluationScale scale, List<CriterionData> criteria,
		List<String> cpvCodes, List<String> tags, List<Language> languages, @Nullable Integer minimumTotal,
		int standstillDays) {

	public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Brussels");

	public ChallengeDraft {
		title = text(title);
		summary = text(summary);
		problemStatement = text(problemStatement);
		context = text(context);
		expectedOutcome = text(expectedOutcome);
		constraints = text(constraints);
		timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
		scale = scale == null ? EvaluationScale.standard() : scale;
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
		cpvCodes = cpvCodes == null ? List.of()
				: cpvCodes.stream().map(ChallengeDraft::text).filter(code -> !code.isEmpty()).distinct().toList();
		tags = tags == null ? List.of()
				: tags.stream().map(ChallengeDraft::text).filter(tag -> !tag.isEmpty()).toList();
		languages = languages == null ? List.of() : languages.stream().distinct().toList();
	}

	/**
	 * An empty draft with the defaults: one pilot, Brussels time, a 0–5 scale, no
	 * standstill period.
	 */
	public static ChallengeDraft empty() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().title(title)
			.summary(summary)
			.problemStatement(problemStatement)
			.context(context)
			.expectedOutcome(expectedOutcome)
			.constraints(constraints)
			.budgetCap(budgetCap)
			.pilotDurationWeeks(pilotDurationWeeks)
			.pilotsToAward(pilotsToAward)
			.timeZone(timeZone)
			.questionsDeadline(questionsDeadline)
			.proposalsDeadline(proposalsDeadline)
			.scale(scale)
			.criteria(criteria)
			.cpvCodes(cpvCodes)
			.tags(tags)
			.languages(languages)
			.minimumTotal(minimumTotal)
			.standstillDays(standstillDays);
	}

	/**
	 * The names of the fields that differ from an earlier version, in the order of the
	 * form.
	 */
	List<String> fieldsChangedFrom(ChallengeDraft before) {
		var changed = new ArrayList<String>();
		compare(changed, "title", title, before.title);
		compare(changed, "summary", summary, before.summary);
		compare(changed, "problemStatement", problemStatement, before.problemStatement);
		compare(changed, "context", context, before.context);
		compare(changed, "expectedOutcome", expectedOutcome, before.expectedOutcome);
		compare(changed, "constraints", constraints, before.constraints);
		compare(changed, "budgetCap", budgetCap, before.budgetCap);
		compare(changed, "pilotDurationWeeks", pilotDurationWeeks, before.pilotDurationWeeks);
		compare(changed, "pilotsToAward", pilotsToAward, before.pilotsToAward);
		compare(changed, "timeZone", timeZone, before.timeZone);
		compare(changed, "questionsDeadline", questionsDeadline, before.questionsDeadline);
		compare(changed, "proposalsDeadline", proposalsDeadline, before.proposalsDeadline);
		compare(changed, "scale", scale, before.scale);
		var sameCriteria = criteria.size() == before.criteria.size();
		for (int i = 0; sameCriteria && i < criteria.size(); i++) {
			sameCriteria = criteria.get(i).sameAs(before.criteria.get(i));
		}
		if (!sameCriteria) {
			changed.add("criteria");
		}
		compare(changed, "cpvCodes", cpvCodes, before.cpvCodes);
		compare(changed, "tags", tags, before.tags);
		compare(changed, "languages", languages, before.languages);
		compare(changed, "minimumTotal", minimumTotal, before.minimumTotal);
		compare(changed, "standstillDays", standstillDays, before.standstillDays);
		return changed;
	}

	private static void compare(List<String> changed, String field, @Nullable Object now, @Nullable Object before) {
		if (!Objects.equals(now, before)) {
			changed.add(field);
		}
	}

	/**
	 * Without control characters other than line breaks and tabs, nor private-use
	 * characters.
	 */
	private static String text(@Nullable String text) {
		return UserText.clean(text);
	}

	/**
	 * Builds a draft step by step, for forms and tests.
	 */
	public static final class Builder {

		private String title = "";

		private String summary = "";

		private String problemStatement = "";

		private String context = "";

		private String expectedOutcome = "";

		private String constraints = "";

		private @Nullable Money budgetCap;

		private @Nullable Integer pilotDurationWeeks;

		private int pilotsToAward = 1;

		private ZoneId timeZone = DEFAULT_TIME_ZONE;

		private @Nullable LocalDateTime questionsDeadline;

		private @Nullable LocalDateTime proposalsDeadline;

		private EvaluationScale scale = EvaluationScale.standard();

		private List<CriterionData> criteria = new ArrayList<>();

		private List<String> cpvCodes = new ArrayList<>();

		private List<String> tags = new ArrayList<>();

		private List<Language> languages = new ArrayList<>();

		private @Nullable Integer minimumTotal;

		private int standstillDays;

		private Builder() {
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder problemStatement(String problemStatement) {
			this.problemStatement = problemStatement;
			return this;
		}

		public Builder context(String context) {
			this.context = context;
			return this;
		}

		public Builder expectedOutcome(String expectedOutcome) {
			this.expectedOutcome = expectedOutcome;
			return this;
		}

		public Builder constraints(String constraints) {
			this.constraints = constraints;
			return this;
		}

		public Builder budgetCap(@Nullable Money budgetCap) {
			this.budgetCap = budgetCap;
			return this;
		}

		public Builder pilotDurationWeeks(@Nullable Integer pilotDurationWeeks) {
			this.pilotDurationWeeks = pilotDurationWeeks;
			return this;
		}

		public Builder pilotsToAward(int pilotsToAward) {
			this.pilotsToAward = pilotsToAward;
			return this;
		}

		public Builder timeZone(ZoneId timeZone) {
			this.timeZone = timeZone;
			return this;
		}

		public Builder questionsDeadline(@Nullable LocalDateTime questionsDeadline) {
			this.questionsDeadline = questionsDeadline;
			return this;
		}

		public Builder proposalsDeadline(@Nullable LocalDateTime proposalsDeadline) {
			this.proposalsDeadline = proposalsDeadline;
			return this;
		}

		public Builder scale(EvaluationScale scale) {
			this.scale = scale;
			return this;
		}

		public Builder criteria(List<CriterionData> criteria) {
			this.criteria = new ArrayList<>(criteria);
			return this;
		}

		public Builder criterion(CriterionData criterion) {
			this.criteria.add(criterion);
			return this;
		}

		public Builder cpvCodes(List<String> cpvCodes) {
			this.cpvCodes = new ArrayList<>(cpvCodes);
			return this;
		}

		public Builder tags(List<String> tags) {
			this.tags = new ArrayList<>(tags);
			return this;
		}

		public Builder languages(List<Language> languages) {
			this.languages = new ArrayList<>(languages);
			return this;
		}

		public Builder minimumTotal(@Nullable Integer minimumTotal) {
			this.minimumTotal = minimumTotal;
			return this;
		}

		public Builder standstillDays(int standstillDays) {
			this.standstillDays = standstillDays;
			return this;
		}

		public ChallengeDraft build() {
			return new ChallengeDraft(title, summary, problemStatement, context, expectedOutcome, constraints,
					budgetCap, pilotDurationWeeks, pilotsToAward, timeZone, questionsDeadline, proposalsDeadline, scale,
					criteria, cpvCodes, tags, languages, minimumTotal, standstillDays);
		}

	}

}
