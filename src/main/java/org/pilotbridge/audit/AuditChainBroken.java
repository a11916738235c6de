package org.pilotbridge.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Published when a verification finds that the audit trail was changed outside the
 * application.
 */
public record AuditChainBroken(@Nullable Long firstBrokenEntry, @Nullable String problem, Instant detectedAt) {
}
