package org.pilotbridge.challenge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * Finds public challenges, for anyone, signed in or not. Words are matched with
 * PostgreSQL full-text search in the language of each challenge (stemmed: {@code écoles}
 * finds {@code école}) and also as typed (so a visitor typing in another language still
 * finds the words), ranked with weights title over summary over the other texts, and
 * returned with the matching words of the title and summary highlighted. A challenge past
 * its deadline is found and shown as closed, whether or not its close has been recorded
 * yet (that happens the opening delay after the deadline; due closes are recorded before
 * searching).
 */
@Service
@Transactional(readOnly = true)
public class ChallengeSearch {

	public static final int MAX_PAGE_SIZE = 100;

	private static final char START = '\uE000';

	private static final char STOP = '\uE001';

	private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

	private final JdbcClient jdbc;

	private final ChallengeClosing closing;

	private final OrganisationDirectory organisations;

	private final Clock clock;

	ChallengeSearch(JdbcClient jdbc, ChallengeClosing closing, OrganisationDirectory organisations, Clock clock) {
		this.jdbc = jdbc;
		this.closing = closing;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * One page of the public challenges that match, and how many match in all.
	 * @throws InvalidInput when the text is too long or the CPV division is not two
	 * digits
	 */
	public SearchResults search(SearchCriteria criteria, int offset, int limit) {
		validate(criteria);
		closing.closeAllDue();
		var first = Math.max(0, offset);
		var size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
		var params = new HashMap<String, Object>();
		params.put("now", Timestamp.from(clock.instant()));
		var condition = String.join("\n  AND ", conditions(criteria, params));

		var total = jdbc.sql("SELECT count(*) FROM challenge c WHERE " + condition)
			.params(params)
			.query(Long.class)
			.single();
		if (total == 0) {
			return new SearchResults(List.of(), 0, first, size);
		}
		var rows = rows(criteria, condition, params, first, size);
		var agencyNames = organisations.names(rows.stream().map(row -> new OrganisationId(row.agency())).toList());
		var hits = rows.stream()
			.map(row -> row.toHit(agencyNames.getOrDefault(new OrganisationId(row.agency()), "")))
			.toList();
		return new SearchResults(hits, total, first, size);
	}

	private static void validate(SearchCriteria criteria) {
		new InvalidInput.Problems()
			.require(criteria.text().length() <= SearchCriteria.TEXT_MAX_LENGTH, "text", "validation.too-long",
					SearchCriteria.TEXT_MAX_LENGTH)
			.require(criteria.cpvDivision() == null || criteria.cpvDivision().matches("\\d{2}"), "cpvDivision",
					"challenge.cpv.unknown", String.valueOf(criteria.cpvDivision()))
			.throwIfAny();
	}

	/**
	 * The conditions a public challenge meets to match the criteria; their parameters go
	 * to params.
	 */
	private static List<String> conditions(SearchCriteria criteria, Map<String, Object> params) {
		var where = new ArrayList<String>(List.of(SearchConditions.PUBLIC));
		if (!criteria.text().isEmpty()) {
			where.add(SearchConditions.text(":q"));
			params.put("q", criteria.text());
		}
		if (criteria.status() != null) {
			where.add(SearchConditions.state(":now") + " IN (:states)");
			params.put("states", criteria.status().states().stream().map(Enum::name).toList());
		}
		if (criteria.cpvDivision() != null) {
			where.add(SearchConditions.division(":division"));
			params.put("division", criteria.cpvDivision());
		}
		if (criteria.agency() != null) {
			where.add(SearchConditions.agency(":agency"));
			params.put("agency", criteria.agency().id());
		}
		if (criteria.budgetMin() != null) {
			where.add(SearchConditions.budgetMin(":budgetMin"));
			params.put("budgetMin", criteria.budgetMin());
		}
		if (criteria.budgetMax() != null) {
			where.add(SearchConditions.budgetMax(":budgetMax"));
			params.put("budgetMax", criteria.budgetMax());
		}
		if (criteria.deadlineFrom() != null) {
			where.add(SearchConditions.deadlineFrom(":deadlineFrom"));
			params.put("deadlineFrom", Timestamp.from(criteria.deadlineFrom()));
		}
		if (criteria.deadlineTo() != null) {
			where.add(SearchConditions.deadlineTo(":deadlineTo"));
			params.put("deadlineTo", Timestamp.from(criteria.deadlineTo()));
		}
		if (criteria.language() != null) {
			where.add(SearchConditions.language(":language"));
			params.put("language", criteria.language().code());
		}
		if (criteria.publishedSince() != null) {
			where.add(SearchConditions.publishedSince(":publishedSince"));
			params.put("publishedSince", Timestamp.from(criteria.publishedSince()));
		}
		return where;
	}

	/**
	 * One page of the matching challenges, in the order asked for, with the words found
	 * marked.
	 */
	private List<Row> rows(SearchCriteria criteria, String condition, Map<String, Object> params, int first, int size) {
		var hasText = !criteria.text().isEmpty();
		var marked = hasText ? """
				ts_headline(c.search_config, c.title, %1$s, :headline) AS title_marked,
				ts_headline(c.search_config, c.summary, %1$s, :headline) AS summary_marked,
				%2$s AS rank""".formatted(SearchConditions.tsquery(":q"), SearchConditions.rank(":q"))
				: "c.title AS title_marked, c.summary AS summary_marked, 0 AS rank";
		params.put("headline", HEADLINE_OPTIONS);
		params.put("limit", size);
		params.put("offset", first);
		return jdbc.sql("""
				SELECT c.id, c.reference, c.agency_id, %s AS state, c.proposals_deadline, c.time_zone, c.budget_amount,
				       c.budget_currency, c.cpv_codes, c.languages, c.published_at, %s
				FROM challenge c
				WHERE %s
				ORDER BY %s
				LIMIT :limit OFFSET :offset
				""".formatted(SearchConditions.state(":now"), marked, condition, order(criteria.sort(), hasText)))
			.params(params)
			.query(ChallengeSearch::row)
			.list();
	}

	private static String order(SearchCriteria.SortOrder sort, boolean hasText) {
		return switch (sort) {
			case RELEVANCE -> hasText ? "rank DESC, c.published_at DESC, c.id" : "c.published_at DESC, c.id";
			case DEADLINE -> "c.proposals_deadline ASC, c.id";
			case NEWEST -> "c.published_at DESC, c.id";
			case BUDGET -> "c.budget_amount DESC, c.published_at DESC, c.id";
		};
	}

	/**
	 * Splits a text marked by {@code ts_headline} into plain segments, highlighted or
	 * not.
	 */
	static List<SearchHit.Segment> segments(String marked) {
		var segments = new ArrayList<SearchHit.Segment>();
		var current = new StringBuilder();
		var highlighted = false;
		for (var c : marked.toCharArray()) {
			if (c == START || c == STOP) {
				if (!current.isEmpty()) {
					segments.add(new SearchHit.Segment(current.toString(), highlighted));
					current.setLength(0);
				}
				highlighted = c == START;
			}
			else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			segments.add(new SearchHit.Segment(current.toString(), highlighted));
		}
		return segments;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("agency_id", UUID.class),
				ChallengeState.valueOf(rs.getString("state")), rs.getTimestamp("proposals_deadline").toInstant(),
				rs.getString("time_zone"),
				Money.of(rs.getBigDecimal("budget_amount"), Currency.getInstance(rs.getString("budget_currency"))),
				strings(rs.getArray("cpv_codes")), strings(rs.getArray("languages")),
				rs.getTimestamp("published_at").toInstant(), rs.getString("title_marked"),
				rs.getString("summary_marked"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
	}

	private record Row(UUID id, String reference, UUID agency, ChallengeState state, java.time.Instant deadline,
			String zone, Money budget, List<String> cpvCodes, List<String> languages, java.time.Instant publishedAt,
			String titleMarked, String summaryMarked) {

		SearchHit toHit(String agencyName) {
			return new SearchHit(new ChallengeId(id), reference, segments(titleMarked), segments(summaryMarked),
					new OrganisationId(agency), agencyName, state, deadline, ZoneId.of(zone), budget, cpvCodes,
					languages.stream().map(code -> Language.ofCode(code).orElseThrow()).toList(), publishedAt);
		}

	}

}
