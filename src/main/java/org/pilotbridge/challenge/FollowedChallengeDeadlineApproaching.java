package org.pilotbridge.challenge;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Published once per challenge, some time before its proposals deadline (48 hours by
 * default), so that its followers ({@link ChallengeAudience#followers}) can be reminded.
 */
public record FollowedChallengeDeadlineApproaching(ChallengeId challenge, String reference, String title,
		Instant deadline, ZoneId timeZone) {
}
