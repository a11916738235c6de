package org.pilotbridge.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationSummary;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;

/**
 * Finds published solutions, for anyone. Words are matched with PostgreSQL full-text
 * search in the language of each solution and also as typed, ranked with weights name
 * over pitch over the other texts, and returned with the matching words of the name and
 * pitch highlighted, like the search of challenges. Only published versions are ever
 * searched.
 */
@Service
@Transactional(readOnly = true)
public class SolutionSearch {

	public static final int MAX_PAGE_SIZE = 100;

	private static final char START = '\uE000';

	private static final char STOP = '\uE001';

	private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

	/**
	 * One branch per language, so that each can use the GIN index, or the words as typed.
	 */
	static final String TEXT = """
			((p.search_config = 'english'::regconfig AND p.search_vector @@ websearch_to_tsquery('english', %1$s))
			 OR (p.search_config = 'french'::regconfig AND p.search_vector @@ websearch_to_tsquery('french', %1$s))
			 OR (p.search_config = 'dutch'::regconfig AND p.search_vector @@ websearch_to_tsquery('dutch', %1$s))
			 OR (p.search_config = 'german'::regconfig AND p.search_vector @@ websearch_to_tsquery('german', %1$s))
			 OR p.search_simple @@ websearch_to_tsquery('simple', %1$s))""";

	private static final String TSQUERY = "(websearch_to_tsquery(p.search_config, :q) || websearch_to_tsquery('simple', :q))";

	private static final String RANK = "(ts_rank(p.search_vector, websearch_to_tsquery(p.search_config, :q)) + ts_rank(p.search_simple, websearch_to_tsquery('simple', :q)))";

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisations;

	SolutionSearch(JdbcClient jdbc, OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	/**
	 * One page of the published solutions that match, and how many match in all.
	 * @throws InvalidInput when the text is too long, the CPV division is not two digits
	 * or the readiness level out of range
	 */
	public SolutionResults search(SolutionCriteria criteria, int offset, int limit) {
		validate(criteria);
		var first = Math.max(0, offset);
		var size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
		var params = new HashMap<String, Object>();
		var condition = String.join("\n  AND ", conditions(criteria, params));
		var total = jdbc.sql("SELECT count(*) FROM solution_publication p WHERE " + condition)
			.params(params)
			.query(Long.class)
			.single();
		if (total == 0) {
			return new SolutionResults(List.of(), 0, first, size);
		}
		var rows = rows(criteria, condition, params, first, size);
		var companyNames = new LinkedHashMap<UUID, String>();
		var hits = rows.stream()
			.map(row -> row.toHit(companyNames.computeIfAbsent(row.company(),
					company -> organisations.organisation(new OrganisationId(company))
						.map(OrganisationSummary::name)
						.orElse(""))))
			.toList();
		return new SolutionResults(hits, total, first, size);
	}

	private static void validate(SolutionCriteria criteria) {
		new InvalidInput.Problems()
			.require(criteria.text().length() <= SolutionCriteria.TEXT_MAX_LENGTH, "text", "validation.too-long",
					SolutionCriteria.TEXT_MAX_LENGTH)
			.require(criteria.cpvDivision() == null || criteria.cpvDivision().matches("\\d{2}"), "cpvDivision",
					"catalogue.solution.cpv-unknown", String.valueOf(criteria.cpvDivision()))
			.require(
					criteria.minTrl() == null
							|| (criteria.minTrl() >= Solution.MIN_TRL && criteria.minTrl() <= Solution.MAX_TRL),
					"minTrl", "catalogue.solution.trl-range", Solution.MIN_TRL, Solution.MAX_TRL)
			.throwIfAny();
	}

	/**
	 * The conditions a published solution meets to match the criteria; their parameters
	 * go to params.
	 */
	private static List<String> conditions(SolutionCriteria criteria, Map<String, Object> params) {
		var where = new ArrayList<String>(List.of("TRUE"));
		if (!criteria.text().isEmpty()) {
			where.add(TEXT.formatted(":q"));
			params.put("q", criteria.text());
		}
		if (criteria.cpvDivision() != null) {
			where.add("p.cpv_divisions @> ARRAY[CAST(:division AS CHAR(2))]");
			params.put("division", criteria.cpvDivision());
		}
		if (criteria.minTrl() != null) {
			where.add("p.trl >= :trl");
			params.put("trl", criteria.minTrl());
		}
		if (criteria.language() != null) {
			where.add("p.languages @> ARRAY[CAST(:language AS VARCHAR(2))]");
			params.put("language", criteria.language().code());
		}
		if (criteria.company() != null) {
			where.add("p.company_id = :company");
			params.put("company", criteria.company().id());
		}
		return where;
	}

	/**
	 * One page of the matching solutions, in the order asked for, with the words found
	 * marked.
	 */
	private List<Row> rows(SolutionCriteria criteria, String condition, Map<String, Object> params, int first,
			int size) {
		var hasText = !criteria.text().isEmpty();
		var marked = hasText ? """
				ts_headline(p.search_config, p.name, %1$s, :headline) AS name_marked,
				ts_headline(p.search_config, p.pitch, %1$s, :headline) AS pitch_marked,
				%2$s AS rank""".formatted(TSQUERY, RANK) : "p.name AS name_marked, p.pitch AS pitch_marked, 0 AS rank";
		params.put("headline", HEADLINE_OPTIONS);
		params.put("limit", size);
		params.put("offset", first);
		return jdbc.sql("""
				SELECT p.solution_id, p.reference, p.company_id, p.trl, p.cpv_codes, p.languages, p.image_ids,
				       p.published_at, %s
				FROM solution_publication p
				WHERE %s
				ORDER BY %s
				LIMIT :limit OFFSET :offset
				""".formatted(marked, condition, order(criteria.sort(), hasText)))
			.params(params)
			.query(SolutionSearch::row)
			.list();
	}

	private static String order(SolutionCriteria.SortOrder sort, boolean hasText) {
		return switch (sort) {
			case RELEVANCE ->
				hasText ? "rank DESC, p.published_at DESC, p.solution_id" : "p.published_at DESC, p.solution_id";
			case NEWEST -> "p.first_published_at DESC, p.solution_id";
			case MATURITY -> "p.trl DESC, p.published_at DESC, p.solution_id";
		};
	}

	/**
	 * Splits a text marked by {@code ts_headline} into plain segments, highlighted or
	 * not.
	 */
	static List<SolutionHit.Segment> segments(String marked) {
		var segments = new ArrayList<SolutionHit.Segment>();
		var current = new StringBuilder();
		var highlighted = false;
		for (var c : marked.toCharArray()) {
			if (c == START || c == STOP) {
				if (!current.isEmpty()) {
					segments.add(new SolutionHit.Segment(current.toString(), highlighted));
					current.setLength(0);
				}
				highlighted = c == START;
			}
			else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			segments.add(new SolutionHit.Segment(current.toString(), highlighted));
		}
		return segments;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getObject("solution_id", UUID.class), rs.getString("reference"),
				rs.getObject("company_id", UUID.class), rs.getInt("trl"), strings(rs.getArray("cpv_codes")),
				strings(rs.getArray("languages")), strings(rs.getArray("image_ids")),
				rs.getTimestamp("published_at").toInstant(), rs.getString("name_marked"), rs.getString("pitch_marked"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
	}

	private record Row(UUID id, String reference, UUID company, int trl, List<String> cpvCodes, List<String> languages,
			List<String> images, Instant publishedAt, String nameMarked, String pitchMarked) {

		SolutionHit toHit(String companyName) {
			return new SolutionHit(new SolutionId(id), reference, segments(nameMarked), segments(pitchMarked),
					new OrganisationId(company), companyName, trl, cpvCodes,
					languages.stream().flatMap(code -> Language.ofCode(code).stream()).toList(),
					images.isEmpty() ? null : SolutionFileId.of(images.get(0)), publishedAt);
		}

	}

}
