package org.pilotbridge.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups other modules need about the public market consultations, such as the entries
 * of a sitemap. Not meant for views; every consultation is public from its publication.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationDirectory {

	private final JdbcClient jdbc;

	private final Clock clock;

	ConsultationDirectory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every consultation, most recently changed first. Its public page last changed when
	 * it closed (the number of answers appears then), or when it was published while it
	 * is open.
	 */
	public List<ListedConsultation> published() {
		return jdbc.sql("""
				SELECT reference, title,
				       CASE WHEN closes_at <= :now THEN closes_at ELSE published_at END AS last_modified
				FROM consultation ORDER BY last_modified DESC, reference
				""")
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new ListedConsultation(rs.getString("reference"), rs.getString("title"),
					rs.getTimestamp("last_modified").toInstant()))
			.list();
	}

	/**
	 * A market consultation.
	 *
	 * @param lastModified when its public page last changed
	 */
	public record ListedConsultation(String reference, String title, Instant lastModified) {

		/** The path of its public page, such as {@code /consultations/MC-2026-0007}. */
		public String path() {
			return ConsultationQuery.pathOf(reference);
		}

	}

}
