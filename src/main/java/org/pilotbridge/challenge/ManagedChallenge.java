package org.pilotbridge.challenge;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;

/**
 * A challenge as its managers edit it: what it says as a draft (to change and save back with the
 * version it was read at), where it stands, and what happened to it.
 */
public record ManagedChallenge(ChallengeId id, int version, @Nullable String reference, OrganisationId agency,
		ChallengeState state, ChallengeDraft content, List<Criterion> criteria, boolean criteriaFrozen,
		int submittedCount, int pendingQuestions, List<PublicChallenge.ChangeLogEntry> changeLog,
		List<AttachmentInfo> attachments, @Nullable String withdrawalReason, Instant createdAt,
		@Nullable Instant publishedAt, @Nullable Instant closedAt) {
}
