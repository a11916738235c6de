package org.pilotbridge.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.PublicStatus;
import org.pilotbridge.shared.Money;

/**
 * The JSON records of the public challenge API. Their fields are part of the API
 * contract: new fields may be added, existing ones keep their name and meaning. Every
 * field is present, {@code null} when it has no value. They carry public facts only:
 * organisations by id and name, never people, never internal ids of challenges, criteria,
 * questions or files.
 */
final class ApiRecords {

	private ApiRecords() {
	}

	@Schema(description = "One page of public challenges that match a search")
	record ChallengePage(@Schema(description = "How many challenges match in all") long total,
			@Schema(description = "The page number, from 0") int page, int size, List<ChallengeItem> items,
			PageLinks links) {
	}

	record PageLinks(String self, @Nullable String next, @Nullable String prev) {
	}

	@Schema(description = "A public challenge as listed by a search")
	record ChallengeItem(@Schema(example = "CH-2026-0042") String reference,
			@Schema(example = "ocds-pilotbridge-CH-2026-0042") String ocid, String title, String summary,
			Organisation agency, @Schema(allowableValues = {
					"open", "closed", "awarded", "withdrawn" }) String status,
			@Schema(allowableValues = { "published", "closed", "under_evaluation", "awarded", "no_award",
					"withdrawn" }) String state,
			Instant proposalsDeadline, @Schema(example = "Europe/Brussels") String timeZone, Amount budgetCap,
			List<String> cpvCodes, List<String> languages, Instant publishedAt, String url, String apiUrl){
	}

	@Schema(description = "Everything public about a challenge")
	record ChallengeDetails(String reference, String ocid, String title, String summary,
			@Schema(description = "A plain-text extract, for previews") String description,
			@Schema(description = "Sanitized HTML rendered from the agency's Markdown") String problemStatementHtml,
			String contextHtml, String expectedOutcomeHtml, String constraintsHtml, Organisation agency, String status,
			String state, Instant questionsDeadline, Instant proposalsDeadline, String timeZone, Amount budgetCap,
			int pilotDurationWeeks, int pilotsToAward, Scale scale, List<Criterion> criteria, List<Cpv> cpvCodes,
			List<String> tags, List<String> languages, @Nullable Integer minimumTotal, int standstillDays,
			@Nullable String withdrawalReason, Instant publishedAt, @Nullable Instant closedAt, List<Answer> answers,
			List<Change> changeLog, List<Document> attachments, DetailLinks links) {
	}

	record DetailLinks(String self, String html, String ocdsRecord) {
	}

	@Schema(description = "An organisation: its public id (the one the agency filter takes) and name")
	record Organisation(String id, String name) {
	}

	@Schema(description = "An amount excluding VAT")
	record Amount(BigDecimal amount, @Schema(example = "EUR") String currency) {

		static Amount of(Money money) {
			return new Amount(money.amount(), money.currency().getCurrencyCode());
		}

	}

	record Scale(int min, int max, List<String> descriptions) {
	}

	record Criterion(String name, String description,
			@Schema(description = "Weights of a challenge add up to 100") int weight, @Schema(allowableValues = {
					"qualitative", "price" }) String type){
	}

	record Cpv(@Schema(example = "72000000-5") String code, String label) {
	}

	@Schema(description = "A clarification question and its answer, as published; who asked is never published")
	record Answer(String question, @Schema(description = "Sanitized HTML") String answerHtml, Instant answeredAt) {
	}

	@Schema(description = "An amendment of the challenge")
	record Change(Instant amendedAt, String reason, List<String> changedFields, @Nullable Instant previousDeadline,
			@Nullable Instant newDeadline) {
	}

	@Schema(description = "A PDF attached to the challenge")
	record Document(String fileName, long size, int pages, String sha256, Instant uploadedAt) {
	}

	static String status(ChallengeState state) {
		for (var status : PublicStatus.values()) {
			if (status.states().contains(state)) {
				return lower(status);
			}
		}
		throw new IllegalArgumentException("Not public: " + state);
	}

	static String lower(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

}
