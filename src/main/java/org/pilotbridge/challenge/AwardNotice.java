package org.pilotbridge.challenge;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.Money;

/**
 * How a challenge ended, as the public sees it: the winners with the amount of each pilot
 * excluding VAT (several when the challenge awards several pilots), or that no award was
 * made and why.
 *
 * @param winners in the order of the ranking; empty when no award was made
 * @param decidedAt when the challenge became {@code AWARDED} or {@code NO_AWARD}
 */
public record AwardNotice(boolean awarded, List<Winner> winners, Instant decidedAt, @Nullable String reason) {

	public AwardNotice {
		winners = List.copyOf(winners);
	}

	public static AwardNotice award(List<Winner> winners, Instant decidedAt) {
		if (winners.isEmpty()) {
			throw new IllegalArgumentException("An award has at least one winner");
		}
		return new AwardNotice(true, winners, decidedAt, null);
	}

	public static AwardNotice noAward(String reason, Instant decidedAt) {
		return new AwardNotice(false, List.of(), decidedAt, reason);
	}

	/** One awarded pilot: who delivers it and for how much, excluding VAT. */
	public record Winner(String name, Money amount) {

		public Winner {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(amount, "amount");
		}

	}

}
