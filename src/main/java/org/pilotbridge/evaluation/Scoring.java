package org.pilotbridge.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.challenge.EvaluationScale;
import org.pilotbridge.evaluation.RankedProposal.TieBreak;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Money;

/**
 * The arithmetic of an evaluation, free of any storage, so that it can be checked by
 * hand.
 * <ul>
 * <li>A qualitative criterion of weight {@code w} scored {@code p} on the scale
 * {@code min..max} contributes {@code w × (p − min) / (max − min)} points.</li>
 * <li>A price criterion of weight {@code w} contributes {@code w × lowest price / price}:
 * the lowest price gets the full weight, the others in proportion.</li>
 * <li>The total is the sum of the contributions: weights add up to 100, so it lies
 * between 0 and 100. It is rounded half up to two decimals, once, at the end.</li>
 * <li>The ranking sorts by total, highest first; equal totals by lower price, then by
 * earlier time of receipt.</li>
 * <li>Following the ranking means awarding its best awardable proposals, one per pilot to
 * award.</li>
 * </ul>
 */
final class Scoring {

	/** Decimals kept in intermediate results. */
	private static final int PRECISION = 12;

	private Scoring() {
	}

	/** The mean of the points given, rounded half up to a point of the scale. */
	static int meanOnScale(Collection<Integer> points, EvaluationScale scale) {
		if (points.isEmpty()) {
			throw new IllegalArgumentException("No points to average");
		}
		var sum = points.stream().mapToInt(Integer::intValue).sum();
		var mean = BigDecimal.valueOf(sum)
			.divide(BigDecimal.valueOf(points.size()), 0, RoundingMode.HALF_UP)
			.intValue();
		return Math.clamp(mean, scale.min(), scale.max());
	}

	/** The difference between the highest and the lowest points given. */
	static int spread(Collection<Integer> points) {
		if (points.isEmpty()) {
			return 0;
		}
		var max = points.stream().mapToInt(Integer::intValue).max().orElseThrow();
		var min = points.stream().mapToInt(Integer::intValue).min().orElseThrow();
		return max - min;
	}

	/** What a qualitative criterion contributes to the total, unrounded. */
	static BigDecimal qualitative(int weight, int points, EvaluationScale scale) {
		if (points < scale.min() || points > scale.max()) {
			throw new IllegalArgumentException("Points " + points + " outside the scale");
		}
		return BigDecimal.valueOf(weight)
			.multiply(BigDecimal.valueOf(points - scale.min()))
			.divide(BigDecimal.valueOf(scale.max() - scale.min()), PRECISION, RoundingMode.HALF_UP);
	}

	/**
	 * What a price criterion contributes to the total, unrounded: weight × lowest /
	 * price.
	 */
	static BigDecimal price(int weight, Money lowest, Money price) {
		if (!price.isPositive()) {
			throw new IllegalArgumentException("A price must be positive");
		}
		return BigDecimal.valueOf(weight)
			.multiply(lowest.amount())
			.divide(price.amount(), PRECISION, RoundingMode.HALF_UP);
	}

	static BigDecimal rounded(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Ranks the proposals from their consensus points.
	 * @param minimumTotal the total a proposal needs to be awardable; {@code null} when
	 * any will do
	 */
	static List<RankedProposal> rank(List<Criterion> criteria, EvaluationScale scale, @Nullable Integer minimumTotal,
			List<Candidate> candidates) {
		var lowest = candidates.stream()
			.map(Candidate::price)
			.filter(price -> price != null && price.isPositive())
			.min(Comparator.naturalOrder())
			.orElse(null);
		var scored = new ArrayList<Scored>();
		for (var candidate : candidates) {
			var contributions = new LinkedHashMap<CriterionId, BigDecimal>();
			var total = BigDecimal.ZERO;
			for (var criterion : criteria) {
				var contribution = switch (criterion.type()) {
					case QUALITATIVE -> {
						var points = candidate.consensus().get(criterion.id());
						yield points == null ? BigDecimal.ZERO : qualitative(criterion.weight(), points, scale);
					}
					case PRICE -> candidate.price() == null || lowest == null || !candidate.price().isPositive()
							? BigDecimal.ZERO : price(criterion.weight(), lowest, candidate.price());
				};
				contributions.put(criterion.id(), rounded(contribution));
				total = total.add(contribution);
			}
			scored.add(new Scored(candidate, rounded(total), contributions));
		}
		scored.sort(ORDER);
		var ranked = new ArrayList<RankedProposal>();
		for (var i = 0; i < scored.size(); i++) {
			var current = scored.get(i);
			var tieBreak = TieBreak.NONE;
			for (var j : new int[] { i - 1, i + 1 }) {
				if (j >= 0 && j < scored.size() && scored.get(j).total().compareTo(current.total()) == 0) {
					var other = scored.get(j).candidate();
					var samePrice = comparePrices(other.price(), current.candidate().price()) == 0;
					var tie = samePrice ? TieBreak.RECEIPT : TieBreak.PRICE;
					if (tie.ordinal() > tieBreak.ordinal()) {
						tieBreak = tie;
					}
				}
			}
			var candidate = current.candidate();
			ranked.add(new RankedProposal(candidate.proposal(), i + 1, current.total(), current.contributions(),
					candidate.price(), candidate.receivedAt(),
					minimumTotal == null || current.total().compareTo(BigDecimal.valueOf(minimumTotal)) >= 0,
					tieBreak));
		}
		return List.copyOf(ranked);
	}

	/**
	 * The proposals the ranking awards when the chair follows it: the best awardable
	 * ones, one per pilot, at most {@code pilots}. Awardable proposals come first in a
	 * ranking (they have the higher totals), so these are its top lines.
	 */
	static List<ProposalId> defaultWinners(List<RankedProposal> ranking, int pilots) {
		if (pilots < 1) {
			throw new IllegalArgumentException("At least one pilot is awarded");
		}
		return ranking.stream()
			.sorted(Comparator.comparingInt(RankedProposal::rank))
			.filter(RankedProposal::awardable)
			.limit(pilots)
			.map(RankedProposal::proposal)
			.toList();
	}

	/**
	 * Whether the chosen proposals are exactly the ranking's {@link #defaultWinners}, in
	 * any order.
	 */
	static boolean followsRanking(List<RankedProposal> ranking, int pilots, Collection<ProposalId> chosen) {
		var expected = defaultWinners(ranking, pilots);
		return chosen.size() == expected.size() && Set.copyOf(chosen).equals(Set.copyOf(expected));
	}

	private static final Comparator<Scored> ORDER = Comparator.comparing(Scored::total, Comparator.reverseOrder())
		.thenComparing((a, b) -> comparePrices(a.candidate().price(), b.candidate().price()))
		.thenComparing(scored -> scored.candidate().receivedAt());

	/** Lower prices first; a missing price after every price. */
	private static int comparePrices(@Nullable Money a, @Nullable Money b) {
		if (a == null || b == null) {
			return a == b ? 0 : a == null ? 1 : -1;
		}
		return a.amount().compareTo(b.amount());
	}

	/**
	 * A proposal to rank.
	 *
	 * @param consensus the consensus points per qualitative criterion
	 */
	record Candidate(ProposalId proposal, @Nullable Money price, Instant receivedAt,
			Map<CriterionId, Integer> consensus) {
	}

	private record Scored(Candidate candidate, BigDecimal total, Map<CriterionId, BigDecimal> contributions) {
	}

}
