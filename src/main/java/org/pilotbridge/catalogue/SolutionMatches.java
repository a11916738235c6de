package org.pilotbridge.catalogue;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.OrganisationId;

/**
 * Which published solutions match a challenge: those sharing a CPV division with it, and
 * those using enough of the distinct words of its title and summary (stemmed in each
 * solution's language, without stop words). Computed per solution on the fly, which is
 * ample for a catalogue of thousands.
 */
@Component
class SolutionMatches {

	private static final String MATCHES = """
			SELECT * FROM (
			    SELECT p.solution_id, p.reference, p.company_id, p.name, p.pitch, p.trl, p.published_at,
			           COALESCE(p.cpv_divisions && CAST(:divisions AS CHAR(2)[]), FALSE) AS same_division,
			           (SELECT count(*) FROM unnest(tsvector_to_array(to_tsvector(p.search_config, :text))) AS word
			            WHERE word = ANY (tsvector_to_array(p.search_vector))) AS shared_words
			    FROM solution_publication p
			) m
			WHERE m.same_division OR m.shared_words >= :minWords
			ORDER BY m.same_division DESC, m.shared_words DESC, m.published_at DESC, m.solution_id
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	private final CatalogueProperties properties;

	SolutionMatches(JdbcClient jdbc, CatalogueProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * The published solutions matching a challenge with these CPV codes and this text,
	 * best first.
	 */
	List<Match> of(List<String> cpvCodes, String text, int limit) {
		var divisions = cpvCodes.stream()
			.filter(code -> code.length() >= 2 && Character.isDigit(code.charAt(0))
					&& Character.isDigit(code.charAt(1)))
			.map(code -> code.substring(0, 2))
			.distinct()
			.toList();
		return jdbc.sql(MATCHES)
			.param("divisions", "{" + String.join(",", divisions) + "}")
			.param("text", text)
			.param("minWords", properties.matchMinSharedWords())
			.param("limit", limit)
			.query((rs, row) -> new Match(new SolutionId(rs.getObject("solution_id", UUID.class)),
					rs.getString("reference"), new OrganisationId(rs.getObject("company_id", UUID.class)),
					rs.getString("name"), rs.getString("pitch"), rs.getInt("trl"), rs.getBoolean("same_division"),
					rs.getInt("shared_words")))
			.list();
	}

	record Match(SolutionId solution, String reference, OrganisationId company, String name, String pitch, int trl,
			boolean sameDivision, int sharedWords) {
	}

}
