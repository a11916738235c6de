package org.pilotbridge.catalogue.web;

import java.util.Arrays;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import org.pilotbridge.catalogue.Solution;
import org.pilotbridge.catalogue.SolutionCriteria;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.QueryParameters;

/**
 * A search of the solutions catalogue as its address carries it, with the parameters the
 * catalogue has always had, so that shared and bookmarked searches keep working:
 * {@code q}, {@code cpv} (a CPV division), {@code trl} (the least readiness level),
 * {@code lang}, {@code sort} and {@code page} (from 0). A value that cannot be read is
 * left out, as if it had not been given.
 */
record SolutionListRequest(String text, CpvCatalogue.@Nullable Entry division, @Nullable Integer minTrl,
		@Nullable Language language, SolutionCriteria.SortOrder sort, int page) {

	/**
	 * Pages further than this are not served: nobody reads them, and asking for them
	 * costs the database.
	 */
	static final int LAST_PAGE = 500;

	static SolutionListRequest of(MultiValueMap<String, String> parameters, CpvCatalogue cpv) {
		return new SolutionListRequest(QueryParameters.first(parameters, "q").orElse(""),
				QueryParameters.first(parameters, "cpv")
					.filter(code -> code.matches("\\d{2}"))
					.flatMap(
							code -> cpv.divisions().stream().filter(entry -> entry.division().equals(code)).findFirst())
					.orElse(null),
				QueryParameters.first(parameters, "trl")
					.flatMap(QueryParameters::count)
					.filter(level -> level >= Solution.MIN_TRL && level <= Solution.MAX_TRL)
					.orElse(null),
				QueryParameters.first(parameters, "lang").flatMap(Language::ofCode).orElse(null),
				QueryParameters.first(parameters, "sort")
					.flatMap(value -> Arrays.stream(SolutionCriteria.SortOrder.values())
						.filter(order -> order.name().equalsIgnoreCase(value))
						.findFirst())
					.orElse(SolutionCriteria.SortOrder.RELEVANCE),
				QueryParameters.first(parameters, "page")
					.flatMap(QueryParameters::count)
					.map(page -> Math.min(page, LAST_PAGE))
					.orElse(0));
	}

	SolutionCriteria criteria() {
		return SolutionCriteria.all()
			.withText(text)
			.withCpvDivision(division == null ? null : division.division())
			.withMinTrl(minTrl)
			.withLanguage(language)
			.sortedBy(sort);
	}

	/** The same search on another page. */
	SolutionListRequest onPage(int other) {
		return new SolutionListRequest(text, division, minTrl, language, sort, other);
	}

	/**
	 * The search as the query of its address, in a fixed order, without what is left at
	 * its default.
	 */
	String query() {
		var parameters = new LinkedHashMap<String, @Nullable String>();
		parameters.put("q", text.isBlank() ? null : text);
		parameters.put("cpv", division == null ? null : division.division());
		parameters.put("trl", minTrl == null ? null : String.valueOf(minTrl));
		parameters.put("lang", language == null ? null : language.code());
		parameters.put("sort", sort == SolutionCriteria.SortOrder.RELEVANCE ? null : sort.name());
		parameters.put("page", page == 0 ? null : String.valueOf(page));
		return QueryParameters.encode(parameters);
	}

}
