package org.pilotbridge.challenge;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.UserText;

/**
 * What a visitor looks for among public challenges; every part is optional.
 *
 * @param text words as typed, with the syntax of a web search ({@code "exact phrase"},
 * {@code or}, {@code -excluded})
 * @param cpvDivision the first two digits of a CPV code
 * @param budgetMin the least budget cap, in euros
 * @param budgetMax the highest budget cap, in euros
 * @param deadlineFrom proposals deadline at or after
 * @param deadlineTo proposals deadline before
 * @param publishedSince published at or after (for digests of new challenges)
 */
public record SearchCriteria(String text, @Nullable PublicStatus status, @Nullable String cpvDivision,
		@Nullable OrganisationId agency, @Nullable BigDecimal budgetMin, @Nullable BigDecimal budgetMax,
		@Nullable Instant deadlineFrom, @Nullable Instant deadlineTo, @Nullable Language language,
		@Nullable Instant publishedSince, SortOrder sort) {

	public static final int TEXT_MAX_LENGTH = 200;

	public SearchCriteria {
		text = UserText.clean(text);
		cpvDivision = cpvDivision == null || cpvDivision.isBlank() ? null : cpvDivision.strip();
		sort = sort == null ? SortOrder.RELEVANCE : sort;
	}

	/** Everything public, best matches first. */
	public static SearchCriteria all() {
		return new SearchCriteria("", null, null, null, null, null, null, null, null, null, SortOrder.RELEVANCE);
	}

	public static SearchCriteria text(String text) {
		return all().withText(text);
	}

	public SearchCriteria withText(String text) {
		return new SearchCriteria(text, status, cpvDivision, agency, budgetMin, budgetMax, deadlineFrom, deadlineTo,
				language, publishedSince, sort);
	}

	public SearchCriteria withStatus(@Nullable PublicStatus status) {
		return new SearchCriteria(text, status, cpvDivision, agency, budgetMin, budgetMax, deadlineFrom, deadlineTo,
				language, publishedSince, sort);
	}

	public SearchCriteria withCpvDivision(@Nullable String cpvDivision) {
		return new SearchCriteria(text, status, cpvDivision, agency, budgetMin, budgetMax, deadlineFrom, deadlineTo,
				language, publishedSince, sort);
	}

	public SearchCriteria withAgency(@Nullable OrganisationId agency) {
		return new SearchCriteria(text, status, cpvDivision, agency, budgetMin, budgetMax, deadlineFrom, deadlineTo,
				language, publishedSince, sort);
	}

	public SearchCriteria withBudget(@Nullable BigDecimal min, @Nullable BigDecimal max) {
		return new SearchCriteria(text, status, cpvDivision, agency, min, max, deadlineFrom, deadlineTo, language,
				publishedSince, sort);
	}

	public SearchCriteria withDeadline(@Nullable Instant from, @Nullable Instant to) {
		return new SearchCriteria(text, status, cpvDivision, agency, budgetMin, budgetMax, from, to, language,
				publishedSince, sort);
	}

	public SearchCriteria withLanguage(@Nullable Language language) {
		return new SearchCriteria(text, status, cpvDivision, agency, budgetMin, budgetMax, deadlineFrom, deadlineTo,
				language, publishedSince, sort);
	}

	public SearchCriteria withPublishedSince(@Nullable Instant since) {
		return new SearchCriteria(text, status, cpvDivision, agency, budgetMin, budgetMax, deadlineFrom, deadlineTo,
				language, since, sort);
	}

	public SearchCriteria sortedBy(SortOrder sort) {
		return new SearchCriteria(text, status, cpvDivision, agency, budgetMin, budgetMax, deadlineFrom, deadlineTo,
				language, publishedSince, sort);
	}

	/**
	 * The order of search results. Without text, {@code RELEVANCE} means newest first.
	 */
	public enum SortOrder {

		RELEVANCE, DEADLINE, NEWEST, BUDGET;

		public String messageKey() {
			return "challenge.sort." + name();
		}

	}

}
