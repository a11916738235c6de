package org.pilotbridge.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What is written to the audit trail about one action.
 *
 * @param id unique per action, so that a replayed event is recorded once
 * @param occurredAt when the action happened (microseconds, as PostgreSQL keeps them)
 * @param actor who did it
 * @param action a stable, dotted name such as {@code challenge.published}
 * @param objectType the kind of object acted on, such as {@code challenge}
 * @param objectId the object's identifier
 * @param details further facts as text, never sealed content itself
 */
public record AuditRecord(UUID id, Instant occurredAt, Actor actor, String action, String objectType, String objectId,
		Map<String, String> details) {

	public AuditRecord {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(objectType, "objectType");
		Objects.requireNonNull(objectId, "objectId");
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		details = Map.copyOf(new TreeMap<>(details));
	}

	public static AuditRecord of(Instant occurredAt, Actor actor, String action, String objectType, Object objectId,
			Map<String, String> details) {
		return new AuditRecord(UUID.randomUUID(), occurredAt, actor, action, objectType, objectId.toString(), details);
	}

}
