package org.pilotbridge.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_entry} table. Appends are serialised by a transaction-scoped advisory
 * lock so that every entry links to the one committed before it.
 */
@Repository
class AuditEntries {

	/** Arbitrary but fixed key of the advisory lock that serialises appends. */
	private static final long APPEND_LOCK = 0x5049_4c4f_5441_5544L;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditEntries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends the record unless a record with its id is already there (a replayed event).
	 * Must run in a transaction of its own, which holds the append lock until it commits.
	 */
	void append(AuditRecord record) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, row) -> 1).list();
		var previousHash = jdbc.sql("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(AuditHashing.GENESIS);
		var fields = new AuditHashing.StoredFields(record.id().toString(), record.occurredAt(),
				clock.instant().truncatedTo(ChronoUnit.MICROS), record.actor().id(), record.actor().organisationId(),
				record.actor().ipAddress(), record.action(), record.objectType(), record.objectId(), record.details());
		jdbc.sql("""
				INSERT INTO audit_entry (record_id, occurred_at, recorded_at, actor, organisation_id, ip_address,
				                         action, object_type, object_id, details, previous_hash, hash)
				VALUES (:recordId::uuid, :occurredAt, :recordedAt, :actor, :organisationId, :ipAddress,
				        :action, :objectType, :objectId, :details::jsonb, :previousHash, :hash)
				ON CONFLICT (record_id) DO NOTHING
				""")
			.param("recordId", fields.recordId())
			.param("occurredAt", java.sql.Timestamp.from(fields.occurredAt()))
			.param("recordedAt", java.sql.Timestamp.from(fields.recordedAt()))
			.param("actor", fields.actor())
			.param("organisationId", fields.organisationId())
			.param("ipAddress", fields.ipAddress())
			.param("action", fields.action())
			.param("objectType", fields.objectType())
			.param("objectId", fields.objectId())
			.param("details", AuditHashing.detailsAsJson(fields.details()))
			.param("previousHash", previousHash)
			.param("hash", AuditHashing.hash(previousHash, fields))
			.update();
	}

	/**
	 * The entries after {@code afterNumber} in chain order, at most {@code limit} of
	 * them.
	 */
	List<StoredEntry> chainAfter(long afterNumber, int limit) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?")
			.params(afterNumber, limit)
			.query(AuditEntries::storedEntry)
			.list();
	}

	Optional<StoredEntry> entry(long number) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE id = ?")
			.param(number)
			.query(AuditEntries::storedEntry)
			.optional();
	}

	List<AuditEntry> ofObject(String objectType, String objectId) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE object_type = ? AND object_id = ? ORDER BY id")
			.params(objectType, objectId)
			.query(AuditEntries::storedEntry)
			.list()
			.stream()
			.map(StoredEntry::toEntry)
			.toList();
	}

	List<AuditEntry> latest(int offset, int limit) {
		return jdbc.sql("SELECT * FROM audit_entry ORDER BY id DESC OFFSET ? LIMIT ?")
			.params(offset, limit)
			.query(AuditEntries::storedEntry)
			.list()
			.stream()
			.map(StoredEntry::toEntry)
			.toList();
	}

	/**
	 * The entries about the objects (by type, their ids), in chain order, each with the
	 * entries before and after it in the whole chain.
	 */
	List<AuditExcerpt.LinkedEntry> linkedEntriesOf(Map<String, ? extends Collection<String>> objects) {
		var found = new ArrayList<AuditExcerpt.LinkedEntry>();
		for (var type : objects.entrySet()) {
			if (type.getValue().isEmpty()) {
				continue;
			}
			found.addAll(jdbc
				.sql("""
						SELECT e.*, p.id AS previous_number, n.id AS next_number, n.previous_hash AS next_previous_hash
						FROM audit_entry e
						LEFT JOIN LATERAL (SELECT id FROM audit_entry WHERE id < e.id ORDER BY id DESC LIMIT 1) p ON true
						LEFT JOIN LATERAL (SELECT id, previous_hash FROM audit_entry WHERE id > e.id ORDER BY id LIMIT 1) n ON true
						WHERE e.object_type = :type AND e.object_id IN (:ids)
						""")
				.param("type", type.getKey())
				.param("ids", List.copyOf(type.getValue()))
				.query((rs, row) -> {
					var stored = storedEntry(rs, row);
					return new AuditExcerpt.LinkedEntry(stored.toEntry(), AuditHashing.canonicalForm(stored.fields()),
							rs.getObject("previous_number", Long.class), rs.getObject("next_number", Long.class),
							rs.getString("next_previous_hash"));
				})
				.list());
		}
		found.sort(Comparator.comparingLong(linked -> linked.entry().number()));
		return found;
	}

	Optional<AuditExcerpt.Checkpoint> lastIntactVerification() {
		return jdbc.sql("""
				SELECT verified_at, entries_checked, entry_id, entry_hash FROM audit_checkpoint
				WHERE intact AND entry_id IS NOT NULL ORDER BY id DESC LIMIT 1
				""")
			.query((rs, row) -> new AuditExcerpt.Checkpoint(rs.getTimestamp("verified_at").toInstant(),
					rs.getLong("entries_checked"), rs.getLong("entry_id"), rs.getString("entry_hash")))
			.optional();
	}

	Optional<ChainVerification> latestVerification() {
		return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY id DESC LIMIT 1")
			.query((rs, row) -> new ChainVerification(rs.getTimestamp("verified_at").toInstant(),
					rs.getLong("entries_checked"), rs.getObject("broken_entry", Long.class), rs.getString("problem")))
			.optional();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	Optional<Checkpoint> lastIntactCheckpoint() {
		return jdbc.sql("""
				SELECT entry_id, entry_hash FROM audit_checkpoint
				WHERE intact AND entry_id IS NOT NULL ORDER BY id DESC LIMIT 1
				""").query((rs, row) -> new Checkpoint(rs.getLong("entry_id"), rs.getString("entry_hash"))).optional();
	}

	// JdbcClient.params(Object...) declares its values non-null, yet binds a null as SQL
	// NULL (as param(@Nullable Object) does); the nullable values here go to nullable
	// columns.
	@SuppressWarnings("NullAway")
	void saveVerification(ChainVerification verification, @Nullable StoredEntry head) {
		jdbc.sql(
				"""
						INSERT INTO audit_checkpoint (verified_at, entries_checked, entry_id, entry_hash, intact, broken_entry, problem)
						VALUES (?, ?, ?, ?, ?, ?, ?)
						""")
			.params(java.sql.Timestamp.from(verification.verifiedAt()), verification.entriesChecked(),
					head == null ? null : head.number(), head == null ? null : head.hash(), verification.intact(),
					verification.firstBrokenEntry(), verification.problem())
			.update();
	}

	private static StoredEntry storedEntry(ResultSet rs, int row) throws SQLException {
		var fields = new AuditHashing.StoredFields(rs.getString("record_id"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("actor"), rs.getString("organisation_id"), rs.getString("ip_address"),
				rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
				AuditHashing.detailsFromJson(rs.getString("details")));
		return new StoredEntry(rs.getLong("id"), fields, rs.getString("previous_hash"), rs.getString("hash"));
	}

	/** The head of the chain as it was when last verified intact. */
	record Checkpoint(long entryNumber, String entryHash) {
	}

	/** An entry as stored, with the fields its hash covers. */
	record StoredEntry(long number, AuditHashing.StoredFields fields, String previousHash, String hash) {

		AuditEntry toEntry() {
			return new AuditEntry(number, fields.occurredAt(), fields.recordedAt(), fields.actor(),
					fields.organisationId(), fields.ipAddress(), fields.action(), fields.objectType(),
					fields.objectId(), fields.details(), previousHash, hash);
		}

		boolean contentMatchesHash() {
			return AuditHashing.hash(previousHash, fields).equals(hash);
		}

	}

}
