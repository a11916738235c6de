package org.pilotbridge.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.shared.Sha256;

/**
 * The canonical form of an entry and its SHA-256 link to the previous entry. The
 * canonical form is a JSON array of the fields in a fixed order with the details sorted
 * by key, so that it is the same when recomputed from what PostgreSQL returns.
 */
final class AuditHashing {

	static final String GENESIS = "0".repeat(64);

	private static final JsonMapper json = JsonMapper.builder().build();

	private AuditHashing() {
	}

	static String hash(String previousHash, StoredFields fields) {
		var canonical = previousHash + "\n" + canonicalForm(fields);
		return Sha256.hex(canonical);
	}

	static String canonicalForm(StoredFields fields) {
		var values = new ArrayList<@Nullable Object>();
		values.add(fields.recordId());
		values.add(fields.occurredAt().toString());
		values.add(fields.recordedAt().toString());
		values.add(fields.actor());
		values.add(fields.organisationId());
		values.add(fields.ipAddress());
		values.add(fields.action());
		values.add(fields.objectType());
		values.add(fields.objectId());
		values.add(new TreeMap<>(fields.details()));
		return json.writeValueAsString(values);
	}

	static String detailsAsJson(Map<String, String> details) {
		return json.writeValueAsString(new TreeMap<>(details));
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> detailsFromJson(String details) {
		return json.readValue(details, TreeMap.class);
	}

	/** The fields of an entry that its hash covers. */
	record StoredFields(String recordId, Instant occurredAt, Instant recordedAt, String actor,
			@Nullable String organisationId, @Nullable String ipAddress, String action, String objectType,
			String objectId, Map<String, String> details) {
	}

}
