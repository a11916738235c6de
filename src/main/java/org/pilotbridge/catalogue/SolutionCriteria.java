package org.pilotbridge.catalogue;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.UserText;

/**
 * What a visitor looks for in the catalogue; every part is optional.
 *
 * @param text words as typed, with the syntax of a web search ({@code "exact phrase"},
 * {@code or}, {@code -excluded})
 * @param cpvDivision the first two digits of a CPV code
 * @param minTrl the least technology readiness level
 * @param language a language the solution supports
 */
public record SolutionCriteria(String text, @Nullable String cpvDivision, @Nullable Integer minTrl,
		@Nullable Language language, @Nullable OrganisationId company, SortOrder sort) {

	public static final int TEXT_MAX_LENGTH = 200;

	public SolutionCriteria {
		text = UserText.clean(text);
		cpvDivision = cpvDivision == null || cpvDivision.isBlank() ? null : cpvDivision.strip();
		sort = sort == null ? SortOrder.RELEVANCE : sort;
	}

	/** Everything in the catalogue, best matches first. */
	public static SolutionCriteria all() {
		return new SolutionCriteria("", null, null, null, null, SortOrder.RELEVANCE);
	}

	public SolutionCriteria withText(String text) {
		return new SolutionCriteria(text, cpvDivision, minTrl, language, company, sort);
	}

	public SolutionCriteria withCpvDivision(@Nullable String cpvDivision) {
		return new SolutionCriteria(text, cpvDivision, minTrl, language, company, sort);
	}

	public SolutionCriteria withMinTrl(@Nullable Integer minTrl) {
		return new SolutionCriteria(text, cpvDivision, minTrl, language, company, sort);
	}

	public SolutionCriteria withLanguage(@Nullable Language language) {
		return new SolutionCriteria(text, cpvDivision, minTrl, language, company, sort);
	}

	public SolutionCriteria withCompany(@Nullable OrganisationId company) {
		return new SolutionCriteria(text, cpvDivision, minTrl, language, company, sort);
	}

	public SolutionCriteria sortedBy(SortOrder sort) {
		return new SolutionCriteria(text, cpvDivision, minTrl, language, company, sort);
	}

	/**
	 * The order of search results. Without text, {@code RELEVANCE} means newest first.
	 */
	public enum SortOrder {

		RELEVANCE, NEWEST, MATURITY;

		public String messageKey() {
			return "catalogue.sort." + name();
		}

	}

}
