package org.pilotbridge.audit;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One stored entry of the audit trail, as shown to administrators.
 */
public record AuditEntry(long number, Instant occurredAt, Instant recordedAt, String actor,
		@Nullable String organisationId, @Nullable String ipAddress, String action, String objectType, String objectId,
		Map<String, String> details, String previousHash, String hash) {
}
