package org.pilotbridge.challenge;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.Money;

/**
 * How a challenge ended, as the public sees it: the winner and the amount excluding VAT, or that no
 * award was made and why.
 *
 * @param decidedAt when the challenge became {@code AWARDED} or {@code NO_AWARD}
 */
public record AwardNotice(boolean awarded, @Nullable String winnerName, @Nullable Money amount, Instant decidedAt,
		@Nullable String reason) {

	public static AwardNotice award(String winnerName, Money amount, Instant decidedAt) {
		return new AwardNotice(true, winnerName, amount, decidedAt, null);
	}

	public static AwardNotice noAward(String reason, Instant decidedAt) {
		return new AwardNotice(false, null, null, decidedAt, reason);
	}

}
