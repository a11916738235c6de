package org.pilotbridge.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.pilotbridge.challenge.Criterion;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.challenge.EvaluationScale;
import org.pilotbridge.evaluation.RankedProposal.TieBreak;
import org.pilotbridge.evaluation.Scoring.Candidate;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringTests {

	static final EvaluationScale SCALE = EvaluationScale.standard();

	static final Criterion APPROACH = criterion("Approach", 40, CriterionType.QUALITATIVE);

	static final Criterion TEAM = criterion("Team", 20, CriterionType.QUALITATIVE);

	static final Criterion PRICE = criterion("Price", 40, CriterionType.PRICE);

	static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

	/**
	 * Computed by hand. Scale 0–5; approach weighs 40, team 20, price 40; the lowest
	 * price is C's, EUR 16,000.
	 *
	 * <pre>
	 * A: approach 4 → 40 × 4/5 = 32;  team 3 → 20 × 3/5 = 12;  price 20,000 → 40 × 16,000/20,000 = 32;   total 76.00
	 * B: approach 5 → 40 × 5/5 = 40;  team 2 → 20 × 2/5 =  8;  price 25,000 → 40 × 16,000/25,000 = 25.6; total 73.60
	 * C: approach 3 → 40 × 3/5 = 24;  team 5 → 20 × 5/5 = 20;  price 16,000 → 40 × 16,000/16,000 = 40;   total 84.00
	 * </pre>
	 *
	 * So C ranks first, A second, B third; with a minimum total of 75, B cannot be
	 * awarded.
	 */
	@Test
	void computesWeightedTotalsAndRanksThemAsComputedByHand() {
		var a = candidate(4, 3, "20000.00", NOON);
		var b = candidate(5, 2, "25000.00", NOON);
		var c = candidate(3, 5, "16000.00", NOON);

		var ranking = Scoring.rank(List.of(APPROACH, TEAM, PRICE), SCALE, 75, List.of(a, b, c));

		assertThat(ranking).extracting(RankedProposal::proposal)
			.containsExactly(c.proposal(), a.proposal(), b.proposal());
		assertThat(ranking).extracting(RankedProposal::total)
			.containsExactly(new BigDecimal("84.00"), new BigDecimal("76.00"), new BigDecimal("73.60"));
		assertThat(ranking).extracting(RankedProposal::rank).containsExactly(1, 2, 3);
		assertThat(ranking).extracting(RankedProposal::awardable).containsExactly(true, true, false);
		assertThat(ranking.get(2).contributions()).containsEntry(APPROACH.id(), new BigDecimal("40.00"))
			.containsEntry(TEAM.id(), new BigDecimal("8.00"))
			.containsEntry(PRICE.id(), new BigDecimal("25.60"));
		assertThat(ranking).extracting(RankedProposal::tieBreak).containsOnly(TieBreak.NONE);
	}

	@Test
	void givesTheLowestPriceFullMarksAndOthersInProportion() {
		var lowest = Money.euros("16000.00");

		assertThat(Scoring.price(40, lowest, lowest)).isEqualByComparingTo("40");
		assertThat(Scoring.price(40, lowest, Money.euros("32000.00"))).isEqualByComparingTo("20");
		// 40 × 16,000 / 24,000 = 26.666…, rounded half up at the end only
		assertThat(Scoring.rounded(Scoring.price(40, lowest, Money.euros("24000.00"))))
			.isEqualTo(new BigDecimal("26.67"));
	}

	@Test
	void roundsTheMeanHalfUpToAPointOfTheScale() {
		assertThat(Scoring.meanOnScale(List.of(3, 4), SCALE)).isEqualTo(4); // 3.5
		assertThat(Scoring.meanOnScale(List.of(1, 2), SCALE)).isEqualTo(2); // 1.5
		assertThat(Scoring.meanOnScale(List.of(2, 3, 3), SCALE)).isEqualTo(3); // 2.67
		assertThat(Scoring.meanOnScale(List.of(2, 2, 3), SCALE)).isEqualTo(2); // 2.33
		assertThat(Scoring.meanOnScale(List.of(0, 1, 1), SCALE)).isEqualTo(1); // 0.67
		assertThat(Scoring.meanOnScale(List.of(5, 5, 5), SCALE)).isEqualTo(5);
	}

	@Test
	void averagesOnlyTheScoresOfEvaluatorsNotRecused() {
		// Three evaluators, one recused: the mean and the spread use the two scores
		// given.
		assertThat(Scoring.meanOnScale(List.of(5, 2), SCALE)).isEqualTo(4); // 3.5
		assertThat(Scoring.spread(List.of(5, 2))).isEqualTo(3);
		assertThat(Scoring.meanOnScale(List.of(3), SCALE)).isEqualTo(3);
		assertThat(Scoring.spread(List.of(3))).isZero();
		assertThatThrownBy(() -> Scoring.meanOnScale(List.of(), SCALE)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void scoresQualitativeCriteriaFromTheBottomOfTheScale() {
		var oneToTen = new EvaluationScale(1, 10, List.of());

		assertThat(Scoring.qualitative(30, 1, oneToTen)).isEqualByComparingTo("0");
		assertThat(Scoring.qualitative(30, 10, oneToTen)).isEqualByComparingTo("30");
		// 30 × (4 − 1) / 9 = 10
		assertThat(Scoring.qualitative(30, 4, oneToTen)).isEqualByComparingTo("10");
		assertThatThrownBy(() -> Scoring.qualitative(30, 11, oneToTen)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void breaksTiesByLowerPriceThenByEarlierReceipt() {
		var approach = criterion("Approach", 60, CriterionType.QUALITATIVE);
		var team = criterion("Team", 40, CriterionType.QUALITATIVE);
		var dearer = candidate(approach, team, 4, 4, "19000.00", NOON.minusSeconds(60));
		var cheaper = candidate(approach, team, 4, 4, "18000.00", NOON);
		var later = candidate(approach, team, 3, 3, "15000.00", NOON.plusSeconds(1));
		var earlier = candidate(approach, team, 3, 3, "15000.00", NOON);

		var ranking = Scoring.rank(List.of(approach, team), SCALE, null, List.of(dearer, later, cheaper, earlier));

		assertThat(ranking).extracting(RankedProposal::proposal)
			.containsExactly(cheaper.proposal(), dearer.proposal(), earlier.proposal(), later.proposal());
		assertThat(ranking).extracting(RankedProposal::total)
			.containsExactly(new BigDecimal("80.00"), new BigDecimal("80.00"), new BigDecimal("60.00"),
					new BigDecimal("60.00"));
		assertThat(ranking).extracting(RankedProposal::tieBreak)
			.containsExactly(TieBreak.PRICE, TieBreak.PRICE, TieBreak.RECEIPT, TieBreak.RECEIPT);
		assertThat(ranking).extracting(RankedProposal::awardable).containsOnly(true);
	}

	@Test
	void makesAProposalBelowTheMinimumTotalUnawardable() {
		var exactly = candidate(5, 5, "40000.00", NOON); // 40 + 20 + 40 × 16,000/40,000 =
															// 76
		var lowest = candidate(0, 0, "16000.00", NOON); // 0 + 0 + 40 = 40

		var ranking = Scoring.rank(List.of(APPROACH, TEAM, PRICE), SCALE, 76, List.of(exactly, lowest));

		assertThat(ranking).extracting(RankedProposal::total)
			.containsExactly(new BigDecimal("76.00"), new BigDecimal("40.00"));
		assertThat(ranking).extracting(RankedProposal::awardable).containsExactly(true, false);
	}

	/**
	 * Two pilots to award, computed by hand (approach 40, team 20, price 40; lowest price
	 * D's, EUR 16,000; minimum total 60):
	 *
	 * <pre>
	 * A: 40 × 5/5 = 40; 20 × 4/5 = 16; 40 × 16,000/20,000 = 32;    total 88.00
	 * B: 40 × 4/5 = 32; 20 × 4/5 = 16; 40 × 16,000/20,000 = 32;    total 80.00, same as C but dearer
	 * C: 40 × 4/5 = 32; 20 × 2/5 =  8; 40 × 16,000/16,000 = 40;    total 80.00, cheaper: ranks before B
	 * D: 40 × 1/5 =  8; 20 × 1/5 =  4; 40 × 16,000/16,000 = 40;    total 52.00, below the minimum
	 * </pre>
	 *
	 * Following the ranking awards A and C: the tie rule decides the second pilot. With
	 * three pilots to award only A, C and B reach the minimum, so following the ranking
	 * awards those three.
	 */
	@Test
	void awardsTheBestAwardableProposalsOnePerPilotAsComputedByHand() {
		var a = candidate(5, 4, "20000.00", NOON);
		var b = candidate(4, 4, "20000.00", NOON);
		var c = candidate(4, 2, "16000.00", NOON);
		var d = candidate(1, 1, "16000.00", NOON);

		var ranking = Scoring.rank(List.of(APPROACH, TEAM, PRICE), SCALE, 60, List.of(d, b, a, c));

		assertThat(ranking).extracting(RankedProposal::total)
			.containsExactly(new BigDecimal("88.00"), new BigDecimal("80.00"), new BigDecimal("80.00"),
					new BigDecimal("52.00"));
		assertThat(Scoring.defaultWinners(ranking, 1)).containsExactly(a.proposal());
		assertThat(Scoring.defaultWinners(ranking, 2)).containsExactly(a.proposal(), c.proposal());
		assertThat(Scoring.defaultWinners(ranking, 3)).containsExactly(a.proposal(), c.proposal(), b.proposal());
		assertThat(Scoring.defaultWinners(ranking, 5)).as("never a proposal below the minimum")
			.containsExactly(a.proposal(), c.proposal(), b.proposal());
	}

	@Test
	void followsTheRankingOnlyWithItsBestAwardableProposalsOnePerPilotInAnyOrder() {
		var a = candidate(5, 4, "20000.00", NOON);
		var b = candidate(4, 4, "20000.00", NOON);
		var c = candidate(4, 2, "16000.00", NOON);
		var ranking = Scoring.rank(List.of(APPROACH, TEAM, PRICE), SCALE, null, List.of(a, b, c));

		assertThat(Scoring.followsRanking(ranking, 2, List.of(c.proposal(), a.proposal()))).isTrue();
		assertThat(Scoring.followsRanking(ranking, 2, List.of(a.proposal(), b.proposal())))
			.as("the third instead of the second")
			.isFalse();
		assertThat(Scoring.followsRanking(ranking, 2, List.of(a.proposal()))).as("fewer pilots than announced")
			.isFalse();
		assertThat(Scoring.followsRanking(ranking, 1, List.of(a.proposal()))).isTrue();
		assertThatThrownBy(() -> Scoring.defaultWinners(ranking, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	static Candidate candidate(int approach, int team, String price, Instant receivedAt) {
		return candidate(APPROACH, TEAM, approach, team, price, receivedAt);
	}

	static Candidate candidate(Criterion first, Criterion second, int firstPoints, int secondPoints, String price,
			Instant receivedAt) {
		return new Candidate(new ProposalId(UUID.randomUUID()), Money.euros(price), receivedAt,
				Map.of(first.id(), firstPoints, second.id(), secondPoints));
	}

	static Criterion criterion(String name, int weight, CriterionType type) {
		return new Criterion(UUID.randomUUID(), name, name + " as described", weight, type);
	}

}
