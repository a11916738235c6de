package org.pilotbridge.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.Challenge;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.VerificationState;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;

/**
 * The rules of a proposal's content: the format every saved draft respects (lengths,
 * ranges), and what a submission needs besides. Every problem is reported at once, at
 * most one per field (the first rule a field breaks), so that a form shows one message
 * per field and the checklist one line per thing to do. Field names: {@code title},
 * {@code summary}, {@code approach}, {@code answers.<criterionId>}, {@code price},
 * {@code vatRate}, {@code timelineWeeks}, {@code timeline}, {@code team},
 * {@code declarations.eligibility}, {@code declarations.noConflictOfInterest},
 * {@code declarations.terms}, {@code attachments}, {@code company}.
 */
@Component
class ProposalValidation {

	static final String ANSWERS = "answers.";

	/**
	 * What any saved draft must respect.
	 * @param currency the currency of the challenge's budget cap
	 */
	void checkFormat(ProposalContent content, @Nullable Currency currency) {
		var problems = new OnePerField();
		format(content, currency, problems);
		problems.throwIfAny();
	}

	/**
	 * Everything that stands between the proposal and its submission, empty when it can
	 * be submitted.
	 */
	List<FieldProblem> missingForSubmission(ProposalContent content, ChallengeSummary challenge,
			List<ProposalAttachment> attachments, VerificationState company, boolean unverifiedAllowed) {
		var problems = new OnePerField();
		var budget = challenge.budgetCap();
		format(content, budget == null ? null : budget.currency(), problems);
		problems.required("title", content.title(), "proposal.missing.title")
			.required("summary", content.summary(), "proposal.missing.summary")
			.required("approach", content.approach(), "proposal.missing.approach");
		for (var criterion : qualitative(challenge)) {
			problems.check(!content.answer(criterion.id()).isEmpty(), ANSWERS + criterion.id(),
					"proposal.missing.answer", criterion.name());
		}
		var price = content.price();
		problems.check(price != null, "price", "proposal.missing.price");
		problems.check(
				price == null || budget == null || !price.currency().equals(budget.currency())
						|| !price.isGreaterThan(budget),
				"price", "proposal.price.over-budget", budget == null ? BigDecimal.ZERO : budget.amount(),
				budget == null ? "" : budget.currency().getCurrencyCode());
		problems.check(content.vatRate() != null, "vatRate", "proposal.missing.vat-rate");
		var weeks = content.timelineWeeks();
		var duration = challenge.pilotDurationWeeks() == null ? Challenge.MAX_PILOT_WEEKS
				: challenge.pilotDurationWeeks();
		problems.check(weeks != null, "timelineWeeks", "proposal.missing.timeline-weeks");
		problems.check(weeks == null || weeks <= duration, "timelineWeeks", "proposal.timeline-weeks.range", duration);
		problems.required("timeline", content.timeline(), "proposal.missing.timeline")
			.required("team", content.team(), "proposal.missing.team");
		problems.check(content.declaresEligibility(), "declarations.eligibility",
				"proposal.missing.declaration.eligibility");
		problems.check(content.declaresNoConflictOfInterest(), "declarations.noConflictOfInterest",
				"proposal.missing.declaration.no-conflict");
		problems.check(content.acceptsTerms(), "declarations.terms", "proposal.missing.declaration.terms");
		problems.check(attachments.size() <= Proposal.MAX_ATTACHMENTS, "attachments", "proposal.attachments.too-many",
				Proposal.MAX_ATTACHMENTS);
		problems.check(
				attachments.stream().mapToLong(ProposalAttachment::size).sum() <= Proposal.ATTACHMENTS_MAX_TOTAL_BYTES,
				"attachments", "proposal.attachments.total-too-large", megabytes(Proposal.ATTACHMENTS_MAX_TOTAL_BYTES));
		problems.check(company != VerificationState.REJECTED, "company", "proposal.company.rejected");
		problems.check(company != VerificationState.PENDING || unverifiedAllowed, "company",
				"proposal.company.not-verified");
		return problems.list();
	}

	static List<Criterion> qualitative(ChallengeSummary challenge) {
		return challenge.criteria().stream().filter(c -> c.type() == CriterionType.QUALITATIVE).toList();
	}

	static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

	private static void format(ProposalContent content, @Nullable Currency currency, OnePerField problems) {
		problems.maxLength("title", content.title(), Proposal.TITLE_MAX_LENGTH)
			.maxLength("summary", content.summary(), Proposal.SUMMARY_MAX_LENGTH)
			.maxLength("approach", content.approach(), Proposal.APPROACH_MAX_LENGTH)
			.maxLength("timeline", content.timeline(), Proposal.TIMELINE_MAX_LENGTH)
			.maxLength("team", content.team(), Proposal.TEAM_MAX_LENGTH);
		content.answers()
			.forEach(
					(criterion, answer) -> problems.maxLength(ANSWERS + criterion, answer, Proposal.ANSWER_MAX_LENGTH));
		var price = content.price();
		if (price != null) {
			problems.check(price.isPositive(), "price", "validation.money.positive");
			problems.check(currency == null || price.currency().equals(currency), "price", "proposal.price.currency",
					currency == null ? "" : currency.getCurrencyCode());
		}
		var vat = content.vatRate();
		problems.check(vat == null || isValidVatRate(vat), "vatRate", "proposal.vat-rate.range");
		var weeks = content.timelineWeeks();
		problems.check(weeks == null || (weeks >= 1 && weeks <= Challenge.MAX_PILOT_WEEKS), "timelineWeeks",
				"proposal.timeline-weeks.range", Challenge.MAX_PILOT_WEEKS);
	}

	/** Keeps the first problem of each field. */
	private static final class OnePerField {

		private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

		OnePerField check(boolean rule, String field, String messageKey, Object... arguments) {
			if (!rule) {
				problems.putIfAbsent(field, new FieldProblem(field, messageKey, List.of(arguments)));
			}
			return this;
		}

		OnePerField required(String field, String value, String messageKey) {
			return check(!value.isEmpty(), field, messageKey);
		}

		OnePerField maxLength(String field, String value, int max) {
			return check(value.length() <= max, field, "validation.too-long", max);
		}

		List<FieldProblem> list() {
			return new ArrayList<>(problems.values());
		}

		void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInput(list());
			}
		}

	}

	private static boolean isValidVatRate(BigDecimal rate) {
		return rate.signum() >= 0 && rate.compareTo(Proposal.VAT_RATE_MAX) <= 0 && rate.scale() <= 2;
	}

}
