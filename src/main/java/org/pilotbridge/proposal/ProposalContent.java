package org.pilotbridge.proposal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.shared.Money;

/**
 * What a company writes in a proposal, complete or not: the working copy that the form
 * saves as the person types, and the content of a submitted version. Texts are plain
 * text, kept as typed but normalised (Unicode NFC, line breaks as {@code \n}, no control
 * characters, no surrounding whitespace), so that what is shown is exactly what the
 * digest covers.
 *
 * @param answers one answer per qualitative criterion of the challenge; empty answers are
 * dropped
 * @param price the price of the pilot, excluding VAT, in the currency of the challenge's
 * budget cap
 * @param vatRate the VAT rate in percent, such as {@code 21} or {@code 5.5}
 * @param timelineWeeks how many weeks the pilot takes, at most the challenge's pilot
 * duration
 * @param timeline how the weeks are used
 * @param team the team and its references
 * @param declaresEligibility the company declares on its honour that it is eligible and
 * that no ground for exclusion applies to it
 * @param declaresNoConflictOfInterest the company declares that it has no conflict of
 * interest
 * @param acceptsTerms the company accepts the terms of the challenge
 */
public record ProposalContent(String title, String summary, String approach, Map<CriterionId, String> answers,
		@Nullable Money price, @Nullable BigDecimal vatRate, @Nullable Integer timelineWeeks, String timeline,
		String team, boolean declaresEligibility, boolean declaresNoConflictOfInterest, boolean acceptsTerms) {

	/** Control characters other than line breaks and tabs, and unpaired surrogates. */
	private static final Pattern INVISIBLE = Pattern.compile(
			"[\\p{Cc}&&[^\\n\\t]]|[\\x{D800}-\\x{DBFF}](?![\\x{DC00}-\\x{DFFF}])|(?<![\\x{D800}-\\x{DBFF}])[\\x{DC00}-\\x{DFFF}]");

	public ProposalContent {
		title = text(title);
		summary = text(summary);
		approach = text(approach);
		timeline = text(timeline);
		team = text(team);
		var kept = new LinkedHashMap<CriterionId, String>();
		if (answers != null) {
			answers.forEach((criterion, answer) -> {
				var normalised = text(answer);
				if (criterion != null && !normalised.isEmpty()) {
					kept.put(criterion, normalised);
				}
			});
		}
		answers = java.util.Collections.unmodifiableMap(kept);
		vatRate = vatRate == null ? null : vatRate.stripTrailingZeros();
		if (vatRate != null && vatRate.scale() < 0) {
			vatRate = vatRate.setScale(0);
		}
	}

	public static ProposalContent empty() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().title(title)
			.summary(summary)
			.approach(approach)
			.answers(answers)
			.price(price)
			.vatRate(vatRate)
			.timelineWeeks(timelineWeeks)
			.timeline(timeline)
			.team(team)
			.declaresEligibility(declaresEligibility)
			.declaresNoConflictOfInterest(declaresNoConflictOfInterest)
			.acceptsTerms(acceptsTerms);
	}

	/** The answer to a criterion, empty when there is none. */
	public String answer(CriterionId criterion) {
		return answers.getOrDefault(criterion, "");
	}

	static String text(@Nullable String text) {
		if (text == null) {
			return "";
		}
		var lines = text.replace("\r\n", "\n").replace('\r', '\n');
		return Normalizer.normalize(INVISIBLE.matcher(lines).replaceAll(""), Normalizer.Form.NFC).strip();
	}

	/**
	 * Builds a proposal's content field by field, as a form does.
	 */
	public static final class Builder {

		private String title = "";

		private String summary = "";

		private String approach = "";

		private final Map<CriterionId, String> answers = new LinkedHashMap<>();

		private @Nullable Money price;

		private @Nullable BigDecimal vatRate;

		private @Nullable Integer timelineWeeks;

		private String timeline = "";

		private String team = "";

		private boolean declaresEligibility;

		private boolean declaresNoConflictOfInterest;

		private boolean acceptsTerms;

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

		public Builder approach(String approach) {
			this.approach = approach;
			return this;
		}

		public Builder answers(Map<CriterionId, String> answers) {
			this.answers.clear();
			this.answers.putAll(answers);
			return this;
		}

		public Builder answer(CriterionId criterion, String answer) {
			this.answers.put(criterion, answer);
			return this;
		}

		public Builder price(@Nullable Money price) {
			this.price = price;
			return this;
		}

		public Builder vatRate(@Nullable BigDecimal vatRate) {
			this.vatRate = vatRate;
			return this;
		}

		public Builder timelineWeeks(@Nullable Integer timelineWeeks) {
			this.timelineWeeks = timelineWeeks;
			return this;
		}

		public Builder timeline(String timeline) {
			this.timeline = timeline;
			return this;
		}

		public Builder team(String team) {
			this.team = team;
			return this;
		}

		public Builder declaresEligibility(boolean declaresEligibility) {
			this.declaresEligibility = declaresEligibility;
			return this;
		}

		public Builder declaresNoConflictOfInterest(boolean declaresNoConflictOfInterest) {
			this.declaresNoConflictOfInterest = declaresNoConflictOfInterest;
			return this;
		}

		public Builder acceptsTerms(boolean acceptsTerms) {
			this.acceptsTerms = acceptsTerms;
			return this;
		}

		public ProposalContent build() {
			return new ProposalContent(title, summary, approach, answers, price, vatRate, timelineWeeks, timeline, team,
					declaresEligibility, declaresNoConflictOfInterest, acceptsTerms);
		}

	}

}
