package org.pilotbridge.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.OrganisationId;

/**
 * Look-ups other modules need about the public catalogue, such as the entries of a
 * sitemap or a feed. Not meant for views; everything here is public anyway.
 */
@Service
@Transactional(readOnly = true)
public class SolutionDirectory {

	private final JdbcClient jdbc;

	SolutionDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every solution in the catalogue, most recently changed first. */
	public List<ListedSolution> published() {
		return publishedSince(Instant.EPOCH);
	}

	/**
	 * The solutions whose published version was approved at or after the moment, most
	 * recently changed first: what a sitemap's {@code lastmod} or an incremental feed
	 * needs.
	 */
	public List<ListedSolution> publishedSince(Instant since) {
		return jdbc.sql("""
				SELECT solution_id, reference, company_id, name, first_published_at, published_at
				FROM solution_publication WHERE published_at >= ? ORDER BY published_at DESC, solution_id
				""")
			.param(Timestamp.from(since))
			.query((rs, row) -> new ListedSolution(new SolutionId(rs.getObject("solution_id", UUID.class)),
					rs.getString("reference"), new OrganisationId(rs.getObject("company_id", UUID.class)),
					rs.getString("name"), rs.getTimestamp("first_published_at").toInstant(),
					rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	/**
	 * A solution in the catalogue.
	 *
	 * @param lastModified when its version online was approved
	 */
	public record ListedSolution(SolutionId id, String reference, OrganisationId company, String name,
			Instant firstPublished, Instant lastModified) {

		/** The path of its public page, such as {@code /solutions/smart-bins-k3x9qa}. */
		public String path() {
			return SolutionQuery.pathOf(reference);
		}

	}

}
