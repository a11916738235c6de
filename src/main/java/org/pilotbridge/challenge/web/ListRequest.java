package org.pilotbridge.challenge.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;

import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.challenge.PublicStatus;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.QueryParameters;

/**
 * A search of the public list as its address carries it, the same parameters as ever, so
 * that shared and bookmarked searches keep working: {@code q}, {@code status},
 * {@code cpv} (a CPV division), {@code lang}, {@code sort}, {@code budgetMin},
 * {@code budgetMax}, {@code deadlineFrom}, {@code deadlineTo} (dates in Brussels) and
 * {@code page} (from 0). A value that cannot be read is left out, as if it had not been
 * given.
 */
record ListRequest(String text, @Nullable PublicStatus status, CpvCatalogue.@Nullable Entry division,
		@Nullable Language language, SearchCriteria.SortOrder sort, @Nullable BigDecimal budgetMin,
		@Nullable BigDecimal budgetMax, @Nullable LocalDate deadlineFrom, @Nullable LocalDate deadlineTo, int page) {

	private static final ZoneId OFFICIAL = ChallengeDraft.DEFAULT_TIME_ZONE;

	/**
	 * Pages further than this are not served: nobody reads them, and asking for them
	 * costs the database.
	 */
	static final int LAST_PAGE = 500;

	static ListRequest of(MultiValueMap<String, String> parameters, CpvCatalogue cpv) {
		return new ListRequest(QueryParameters.first(parameters, "q").orElse(""),
				QueryParameters.first(parameters, "status").flatMap(v -> parse(PublicStatus.class, v)).orElse(null),
				QueryParameters.first(parameters, "cpv")
					.filter(code -> code.matches("\\d{2}"))
					.flatMap(
							code -> cpv.divisions().stream().filter(entry -> entry.code().startsWith(code)).findFirst())
					.orElse(null),
				QueryParameters.first(parameters, "lang").flatMap(Language::ofCode).orElse(null),
				QueryParameters.first(parameters, "sort")
					.flatMap(v -> parse(SearchCriteria.SortOrder.class, v))
					.orElse(SearchCriteria.SortOrder.RELEVANCE),
				QueryParameters.first(parameters, "budgetMin").flatMap(ListRequest::decimal).orElse(null),
				QueryParameters.first(parameters, "budgetMax").flatMap(ListRequest::decimal).orElse(null),
				QueryParameters.first(parameters, "deadlineFrom").flatMap(ListRequest::date).orElse(null),
				QueryParameters.first(parameters, "deadlineTo").flatMap(ListRequest::date).orElse(null),
				QueryParameters.first(parameters, "page")
					.flatMap(QueryParameters::count)
					.map(page -> Math.min(page, LAST_PAGE))
					.orElse(0));
	}

	SearchCriteria criteria() {
		return SearchCriteria.all()
			.withText(text)
			.withStatus(status)
			.withCpvDivision(division == null ? null : division.division())
			.withLanguage(language)
			.withBudget(budgetMin, budgetMax)
			.withDeadline(deadlineFrom == null ? null : deadlineFrom.atStartOfDay(OFFICIAL).toInstant(),
					deadlineTo == null ? null : deadlineTo.atTime(LocalTime.MAX).atZone(OFFICIAL).toInstant())
			.sortedBy(sort);
	}

	/** The same search on another page. */
	ListRequest onPage(int other) {
		return new ListRequest(text, status, division, language, sort, budgetMin, budgetMax, deadlineFrom, deadlineTo,
				other);
	}

	/**
	 * The search as the query of its address, in a fixed order, without what is left at
	 * its default.
	 */
	String query() {
		var parameters = new LinkedHashMap<String, @Nullable String>();
		parameters.put("q", text.isBlank() ? null : text);
		parameters.put("status", status == null ? null : status.name());
		parameters.put("cpv", division == null ? null : division.division());
		parameters.put("lang", language == null ? null : language.code());
		parameters.put("sort", sort == SearchCriteria.SortOrder.RELEVANCE ? null : sort.name());
		parameters.put("budgetMin", budgetMin == null ? null : budgetMin.toPlainString());
		parameters.put("budgetMax", budgetMax == null ? null : budgetMax.toPlainString());
		parameters.put("deadlineFrom", deadlineFrom == null ? null : deadlineFrom.toString());
		parameters.put("deadlineTo", deadlineTo == null ? null : deadlineTo.toString());
		parameters.put("page", page == 0 ? null : String.valueOf(page));
		return QueryParameters.encode(parameters);
	}

	/** The search's fields as a form sends them again (to save it). */
	Map<String, String> fields() {
		var fields = new LinkedHashMap<String, String>();
		Arrays.stream(query().split("&")).filter(pair -> !pair.isEmpty()).forEach(pair -> {
			var split = pair.indexOf('=');
			fields.put(pair.substring(0, split), UriUtils.decode(pair.substring(split + 1), StandardCharsets.UTF_8));
		});
		fields.remove("page");
		return fields;
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equalsIgnoreCase(value))
			.findFirst();
	}

	private static Optional<BigDecimal> decimal(String value) {
		try {
			var amount = new BigDecimal(value);
			return amount.abs().compareTo(new BigDecimal("1000000000")) < 0 ? Optional.of(amount) : Optional.empty();
		}
		catch (NumberFormatException malformed) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(String value) {
		try {
			return Optional.of(LocalDate.parse(value));
		}
		catch (RuntimeException malformed) {
			return Optional.empty();
		}
	}

}
