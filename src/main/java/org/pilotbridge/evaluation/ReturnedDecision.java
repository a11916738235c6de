package org.pilotbridge.evaluation;

import java.time.Instant;

import org.pilotbridge.identity.PersonId;

/**
 * A decision an authorising officer sent back to the chair, with the reason; the chair
 * may then propose again.
 */
public record ReturnedDecision(DecisionKind kind, PersonId decidedBy, Instant decidedAt, PersonId returnedBy,
		Instant returnedAt, String reason) {
}
