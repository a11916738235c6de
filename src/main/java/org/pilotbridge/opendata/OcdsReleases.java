package org.pilotbridge.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.identity.OrganisationId;

/**
 * The published OCDS releases (table {@code ocds_release}, which the database keeps
 * immutable) and one row per contracting process with its latest release
 * ({@code ocds_process}), for feeds, exports and the sitemap.
 * <p>
 * Releases are added under a transaction-scoped advisory lock, so that they commit in the
 * order of their {@code seq}: a client paging by cursor never skips a release that
 * commits late.
 */
@Component
@Transactional(readOnly = true)
class OcdsReleases {

	/** Rows read at a time when a whole table is streamed (exports, sitemap). */
	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final JsonMapper json;

	private final Clock clock;

	OcdsReleases(JdbcClient jdbc, DataSource dataSource, OcdsJson json, Clock clock) {
		this.jdbc = jdbc;
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
		this.json = json.mapper();
		this.clock = clock;
	}

	/**
	 * Publishes a release, numbering it within its process ({@code <ocid>-01},
	 * {@code -02}, …), unless the event it comes from has already been published.
	 * @param sourceEvent the id of the event's audit record
	 * @param standstillEndsAt when the pending awards of the release come into force, if
	 * they are pending
	 * @return the release as published, empty for an event published before
	 */
	@Transactional
	Optional<Ocds.Release> add(Ocds.Release release, UUID sourceEvent, @Nullable Instant standstillEndsAt) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocds_release'))").query((rs, row) -> 1).list();
		var known = jdbc.sql("SELECT count(*) FROM ocds_release WHERE source_event = ?")
			.param(sourceEvent)
			.query(Long.class)
			.single();
		if (known > 0) {
			return Optional.empty();
		}
		var number = jdbc.sql("SELECT count(*) FROM ocds_release WHERE ocid = ?")
			.param(release.ocid())
			.query(Long.class)
			.single() + 1;
		var published = release.withId("%s-%02d".formatted(release.ocid(), number));
		var seq = jdbc.sql("""
				INSERT INTO ocds_release (release_id, ocid, release_date, tags, source_event, standstill_ends_at,
				                          recorded_at, release_json)
				VALUES (:id, :ocid, :date, :tags, :source, :standstill, :recorded, :json)
				RETURNING seq
				""")
			.param("id", published.id())
			.param("ocid", published.ocid())
			.param("date", Timestamp.from(published.date()))
			.param("tags", published.tag().toArray(String[]::new))
			.param("source", sourceEvent)
			.param("standstill", standstillEndsAt == null ? null : Timestamp.from(standstillEndsAt))
			.param("recorded", Timestamp.from(clock.instant()))
			.param("json", json.writeValueAsString(published))
			.query(Long.class)
			.single();
		updateProcess(published, seq);
		return Optional.of(published);
	}

	private void updateProcess(Ocds.Release release, long seq) {
		var params = process(release, seq);
		jdbc.sql(
				"""
						INSERT INTO ocds_process AS p (ocid, reference, agency_id, cpv_divisions, tender_status, tender_end,
						                               first_release_date, last_release_date, last_seq)
						VALUES (:ocid, :reference, :agency, :divisions, :status, :end, :date, :date, :seq)
						ON CONFLICT (ocid) DO UPDATE SET first_release_date = least(p.first_release_date, excluded.first_release_date)
						""")
			.params(params)
			.update();
		// A release dated before the latest one (its event was delivered late) does not
		// become the latest.
		jdbc.sql("""
				UPDATE ocds_process
				SET agency_id = :agency, cpv_divisions = :divisions, tender_status = :status, tender_end = :end,
				    last_release_date = :date, last_seq = :seq
				WHERE ocid = :ocid AND last_release_date <= :date
				""").params(params).update();
	}

	private static Map<String, Object> process(Ocds.Release release, long seq) {
		var tender = release.tender();
		var divisions = tender.classifications()
			.stream()
			.map(classification -> classification.id().substring(0, 2))
			.distinct()
			.toArray(String[]::new);
		var params = new HashMap<String, Object>();
		params.put("ocid", release.ocid());
		params.put("reference", tender.id());
		params.put("agency", UUID.fromString(release.buyer().id()));
		params.put("divisions", divisions);
		params.put("status", tender.status());
		params.put("end", Optional.ofNullable(tender.tenderPeriod().endDate()).map(Timestamp::from).orElse(null));
		params.put("date", Timestamp.from(release.date()));
		params.put("seq", seq);
		return params;
	}

	/**
	 * The releases published after the cursor, dated at or after {@code since}, in
	 * publication order.
	 */
	List<StoredRelease> page(@Nullable Instant since, long afterSeq, int limit) {
		var params = new HashMap<String, Object>();
		params.put("after", afterSeq);
		params.put("limit", limit);
		var sinceCondition = "";
		if (since != null) {
			sinceCondition = "AND release_date >= :since";
			params.put("since", Timestamp.from(since));
		}
		return jdbc.sql("""
				SELECT seq, release_date, release_json FROM ocds_release
				WHERE seq > :after %s
				ORDER BY seq
				LIMIT :limit
				""".formatted(sinceCondition)).params(params).query(OcdsReleases::stored).list();
	}

	/** The releases of one contracting process, oldest first. */
	List<StoredRelease> ofProcess(String ocid) {
		return jdbc.sql("""
				SELECT seq, release_date, release_json FROM ocds_release
				WHERE ocid = ?
				ORDER BY release_date, seq
				""").param(ocid).query(OcdsReleases::stored).list();
	}

	/** The date of the newest release, if any. */
	Optional<Instant> latestDate() {
		return jdbc.sql("SELECT max(release_date) FROM ocds_release")
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	/**
	 * The processes still open for proposals at this moment, most recently published or
	 * amended first, with their latest release.
	 */
	List<Process> open(@Nullable OrganisationId agency, @Nullable String cpvDivision, int limit) {
		var params = new HashMap<String, Object>();
		params.put("now", Timestamp.from(clock.instant()));
		params.put("limit", limit);
		var conditions = new StringBuilder();
		if (agency != null) {
			conditions.append(" AND p.agency_id = :agency");
			params.put("agency", agency.id());
		}
		if (cpvDivision != null) {
			conditions.append(" AND p.cpv_divisions @> ARRAY[CAST(:division AS CHAR(2))]");
			params.put("division", cpvDivision);
		}
		return jdbc.sql("""
				SELECT p.ocid, p.reference, p.first_release_date, p.last_release_date, r.release_json
				FROM ocds_process p JOIN ocds_release r ON r.seq = p.last_seq
				WHERE p.tender_status = 'active' AND p.tender_end > :now %s
				ORDER BY p.last_release_date DESC, p.ocid
				LIMIT :limit
				""".formatted(conditions)).params(params).query(OcdsReleases::process).list();
	}

	/** Every process with its latest release, in the order they were first published. */
	void eachProcess(Consumer<Process> consumer) {
		streaming.sql("""
				SELECT p.ocid, p.reference, p.first_release_date, p.last_release_date, r.release_json
				FROM ocds_process p JOIN ocds_release r ON r.seq = p.last_seq
				ORDER BY p.first_release_date, p.ocid
				""").query(rs -> {
			consumer.accept(process(rs, 0));
		});
	}

	/**
	 * Every process by reference with the date of its latest release, for the sitemap.
	 */
	void eachReference(Consumer<Dated> consumer) {
		streaming.sql("SELECT reference, last_release_date FROM ocds_process ORDER BY first_release_date, ocid")
			.query(rs -> {
				consumer.accept(new Dated(rs.getString(1), rs.getTimestamp(2).toInstant()));
			});
	}

	/**
	 * Award releases whose awards are still pending although their standstill period has
	 * ended.
	 */
	List<PendingAward> pendingAwardsDue() {
		return jdbc.sql("""
				SELECT r.release_id, r.standstill_ends_at, r.release_json
				FROM ocds_process p JOIN ocds_release r ON r.seq = p.last_seq
				WHERE r.standstill_ends_at <= ?
				ORDER BY r.standstill_ends_at
				""")
			.param(Timestamp.from(clock.instant()))
			.query((rs, row) -> new PendingAward(rs.getString(1), rs.getTimestamp(2).toInstant(),
					json.readValue(rs.getString(3), Ocds.Release.class)))
			.list();
	}

	private static StoredRelease stored(ResultSet rs, int row) throws SQLException {
		return new StoredRelease(rs.getLong("seq"), rs.getTimestamp("release_date").toInstant(),
				rs.getString("release_json"));
	}

	private static Process process(ResultSet rs, int row) throws SQLException {
		return new Process(rs.getString("ocid"), rs.getString("reference"),
				rs.getTimestamp("first_release_date").toInstant(), rs.getTimestamp("last_release_date").toInstant(),
				rs.getString("release_json"));
	}

	/**
	 * A release as stored: its place in publication order, its date and its JSON text.
	 */
	record StoredRelease(long seq, Instant date, String json) {
	}

	/** A contracting process with the JSON of its latest release. */
	record Process(String ocid, String reference, Instant firstPublished, Instant lastUpdated, String latestJson) {
	}

	record Dated(String reference, Instant lastUpdated) {
	}

	record PendingAward(String releaseId, Instant standstillEndsAt, Ocds.Release release) {
	}

}
