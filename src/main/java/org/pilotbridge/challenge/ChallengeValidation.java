package org.pilotbridge.challenge;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;

/**
 * The rules of a challenge's content: the format checks every saved draft passes, and the
 * completeness and soundness checks of publication and amendment. Every problem is
 * reported at once, at most one per field (the first rule a field breaks), so that each
 * field shows one message.
 */
@Component
class ChallengeValidation {

	private static final Pattern CPV_FORMAT = Pattern.compile("\\d{8}(-\\d)?");

	private final CpvCatalogue cpv;

	private final ChallengeProperties properties;

	ChallengeValidation(CpvCatalogue cpv, ChallengeProperties properties) {
		this.cpv = cpv;
		this.properties = properties;
	}

	/** What any draft must respect: lengths, ranges and formats. */
	void checkFormat(ChallengeDraft draft) {
		var problems = new OnePerField();
		format(draft, problems);
		problems.throwIfAny();
	}

	/**
	 * What a challenge must be to be published at {@code publication}.
	 */
	void checkForPublication(ChallengeDraft draft, Instant publication) {
		var problems = new OnePerField();
		format(draft, problems);
		complete(draft, publication, problems);
		problems.throwIfAny();
	}

	/**
	 * What an amendment of a published challenge must respect: everything publication
	 * asks (the minimum period counted from the original publication), a deadline that is
	 * only ever extended, and criteria that stay as they are once a proposal has been
	 * submitted.
	 */
	void checkAmendment(Challenge challenge, ChallengeDraft changed, List<String> changedFields, Instant now) {
		var problems = new OnePerField();
		format(changed, problems);
		var zone = changed.timeZone();
		var previous = challenge.proposalsDeadline().orElseThrow();
		var deadline = instant(changed.proposalsDeadline(), zone);
		if (deadline != null) {
			problems.check(!deadline.isBefore(previous), "proposalsDeadline", "challenge.deadline.shortened");
			problems.check(deadline.isAfter(now), "proposalsDeadline", "challenge.deadline.in-past");
		}
		var questions = instant(changed.questionsDeadline(), zone);
		if (questions != null && changedFields.contains("questionsDeadline")) {
			problems.check(questions.isAfter(now), "questionsDeadline", "challenge.deadline.questions-in-past");
		}
		if (challenge.hadSubmission()) {
			problems.check(!changedFields.contains("criteria"), "criteria", "challenge.criteria.frozen");
		}
		complete(changed, challenge.publishedAt().orElseThrow(), problems);
		problems.throwIfAny();
	}

	private void format(ChallengeDraft draft, OnePerField problems) {
		problems.maxLength("title", draft.title(), Challenge.TITLE_MAX_LENGTH)
			.maxLength("summary", draft.summary(), Challenge.SUMMARY_MAX_LENGTH)
			.maxLength("problemStatement", draft.problemStatement(), Challenge.TEXT_MAX_LENGTH)
			.maxLength("context", draft.context(), Challenge.TEXT_MAX_LENGTH)
			.maxLength("expectedOutcome", draft.expectedOutcome(), Challenge.TEXT_MAX_LENGTH)
			.maxLength("constraints", draft.constraints(), Challenge.TEXT_MAX_LENGTH);
		var budget = draft.budgetCap();
		if (budget != null) {
			problems.check(budget.currency().equals(properties.maxBudgetCap().currency()), "budgetCap",
					"challenge.budget.currency", properties.currency());
			problems.check(budget.isPositive(), "budgetCap", "challenge.budget.not-positive");
		}
		var weeks = draft.pilotDurationWeeks();
		problems.check(weeks == null || (weeks >= Challenge.MIN_PILOT_WEEKS && weeks <= Challenge.MAX_PILOT_WEEKS),
				"pilotDurationWeeks", "challenge.pilot-duration.range", Challenge.MIN_PILOT_WEEKS,
				Challenge.MAX_PILOT_WEEKS);
		problems.check(draft.pilotsToAward() >= 1 && draft.pilotsToAward() <= Challenge.MAX_PILOTS, "pilotsToAward",
				"challenge.pilots-to-award.range", 1, Challenge.MAX_PILOTS);
		var scale = draft.scale();
		problems.check(
				scale.min() >= 0 && scale.min() <= 1 && scale.max() > scale.min()
						&& scale.max() <= EvaluationScale.HIGHEST_MAX,
				"scale", "challenge.scale.range", EvaluationScale.HIGHEST_MAX);
		problems.check(scale.descriptions().size() <= Math.max(0, scale.points()), "scale", "challenge.scale.describe");
		problems.check(
				scale.descriptions().stream().allMatch(d -> d.length() <= EvaluationScale.DESCRIPTION_MAX_LENGTH),
				"scale", "validation.too-long", EvaluationScale.DESCRIPTION_MAX_LENGTH);
		var criteria = draft.criteria();
		problems.check(criteria.size() <= Challenge.MAX_CRITERIA, "criteria", "challenge.criteria.count",
				Challenge.MAX_CRITERIA);
		problems.check(criteria.stream().allMatch(c -> c.name().length() <= Criterion.NAME_MAX_LENGTH), "criteria",
				"validation.too-long", Criterion.NAME_MAX_LENGTH);
		problems.check(criteria.stream().allMatch(c -> c.description().length() <= Criterion.DESCRIPTION_MAX_LENGTH),
				"criteria", "validation.too-long", Criterion.DESCRIPTION_MAX_LENGTH);
		problems.check(criteria.stream().allMatch(c -> c.weight() >= 0 && c.weight() <= 100), "criteria",
				"challenge.criteria.weight-range");
		problems.check(draft.cpvCodes().size() <= Challenge.MAX_CPV_CODES, "cpvCodes", "challenge.cpv.too-many",
				Challenge.MAX_CPV_CODES);
		draft.cpvCodes()
			.stream()
			.filter(code -> !CPV_FORMAT.matcher(code).matches())
			.findFirst()
			.ifPresent(code -> problems.add("cpvCodes", "challenge.cpv.unknown", code));
		problems.check(draft.tags().size() <= Challenge.MAX_TAGS, "tags", "challenge.tags.too-many",
				Challenge.MAX_TAGS);
		problems.check(draft.tags().stream().allMatch(tag -> tag.length() <= Challenge.TAG_MAX_LENGTH), "tags",
				"challenge.tags.too-long", Challenge.TAG_MAX_LENGTH);
		var minimum = draft.minimumTotal();
		problems.check(minimum == null || (minimum >= 0 && minimum <= 100), "minimumTotal",
				"challenge.minimum-total.range");
		problems.check(draft.standstillDays() >= 0 && draft.standstillDays() <= Challenge.MAX_STANDSTILL_DAYS,
				"standstillDays", "challenge.standstill.range", Challenge.MAX_STANDSTILL_DAYS);
	}

	private void complete(ChallengeDraft draft, Instant publication, OnePerField problems) {
		problems.required("title", draft.title())
			.required("summary", draft.summary())
			.required("problemStatement", draft.problemStatement())
			.required("context", draft.context())
			.required("expectedOutcome", draft.expectedOutcome());
		var budget = draft.budgetCap();
		var max = properties.maxBudgetCap();
		problems.check(budget != null, "budgetCap", "validation.required");
		problems.check(budget == null || !budget.currency().equals(max.currency()) || !budget.isGreaterThan(max),
				"budgetCap", "challenge.budget.too-high", max.amount());
		problems.check(draft.pilotDurationWeeks() != null, "pilotDurationWeeks", "validation.required");

		var zone = draft.timeZone();
		var proposals = instant(draft.proposalsDeadline(), zone);
		var questions = instant(draft.questionsDeadline(), zone);
		problems.check(proposals != null, "proposalsDeadline", "validation.required");
		problems.check(proposals == null || !proposals.isBefore(publication.plus(properties.minPeriod())),
				"proposalsDeadline", "challenge.deadline.proposals-too-soon", properties.minPeriod().toDays());
		problems.check(questions != null, "questionsDeadline", "validation.required");
		problems.check(questions == null || questions.isAfter(publication), "questionsDeadline",
				"challenge.deadline.questions-after-publication");
		problems.check(questions == null || proposals == null || questions.isBefore(proposals), "questionsDeadline",
				"challenge.deadline.questions-before-proposals");

		var criteria = draft.criteria();
		problems.check(!criteria.isEmpty(), "criteria", "challenge.criteria.count", Challenge.MAX_CRITERIA);
		problems.check(criteria.stream().noneMatch(c -> c.name().isEmpty()), "criteria",
				"challenge.criteria.name-required");
		problems.check(criteria.stream().allMatch(c -> c.weight() >= 1), "criteria", "challenge.criteria.weight-range");
		var total = criteria.stream().mapToInt(CriterionData::weight).sum();
		problems.check(total == 100, "criteria", "challenge.criteria.weights-total", total);
		problems.check(criteria.stream().filter(c -> c.type() == CriterionType.PRICE).count() <= 1, "criteria",
				"challenge.criteria.one-price");
		problems.check(draft.scale().isDescribed(), "scale", "challenge.scale.describe");

		problems.check(!draft.cpvCodes().isEmpty(), "cpvCodes", "challenge.cpv.required");
		draft.cpvCodes()
			.stream()
			.filter(code -> !cpv.exists(code))
			.findFirst()
			.ifPresent(code -> problems.add("cpvCodes", "challenge.cpv.unknown", code));
		problems.check(!draft.languages().isEmpty(), "languages", "challenge.languages.required");
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime local, ZoneId zone) {
		return local == null ? null : local.atZone(zone).toInstant();
	}

	/** Keeps the first problem of each field. */
	private static final class OnePerField {

		private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

		OnePerField check(boolean rule, String field, String messageKey, Object... arguments) {
			if (!rule) {
				add(field, messageKey, arguments);
			}
			return this;
		}

		void add(String field, String messageKey, Object... arguments) {
			problems.putIfAbsent(field, new FieldProblem(field, messageKey, List.of(arguments)));
		}

		OnePerField required(String field, String value) {
			return check(!value.isEmpty(), field, "validation.required");
		}

		OnePerField maxLength(String field, String value, int max) {
			return check(value.length() <= max, field, "validation.too-long", max);
		}

		void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInput(new ArrayList<>(problems.values()));
			}
		}

	}

}
