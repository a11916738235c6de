package org.pilotbridge.challenge;

import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;

/**
 * The public facts of a challenge's life, for platform statistics: when it was published,
 * whether and when its evaluation ended, and how many proposals counted at the close.
 *
 * @param decidedAt when it became {@code AWARDED} or {@code NO_AWARD}, as the award
 * notice says
 * @param proposalsReceived the proposals that counted at the close; public only once the
 * evaluation has ended, like in an award notice, so {@code null} before
 */
public record PublishedChallengeFacts(ChallengeId id, String reference, OrganisationId agency, ZoneId timeZone,
		Instant publishedAt, ChallengeState state, @Nullable Instant decidedAt, @Nullable Integer proposalsReceived) {

	public boolean isAwarded() {
		return state == ChallengeState.AWARDED;
	}

}
