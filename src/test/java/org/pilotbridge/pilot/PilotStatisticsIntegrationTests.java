package org.pilotbridge.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.test.TestBidding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of the Results section, checked against a fixture computed by hand. The
 * test has an application context (so a database) of its own: every figure, totals
 * included, comes from the challenges made here, published in 2031 and 2032
 * (Europe/Brussels).
 */
@TestPropertySource(properties = "pilotbridge.test.context=statistics")
class PilotStatisticsIntegrationTests extends PilotIntegrationTest {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/*
	 * The fixture. Alpha and Beta are agencies; proposals deadlines are 21 days after
	 * publication.
	 *
	 * 2031 C1 Alpha, published 2 March 2031; proposals from Micro1, Small1, Large1;
	 * awarded on 15 April 2031 to Micro1 and Large1. Micro1's pilot is completed as a
	 * success, results published; Large1's pilot is stopped, its results (did not
	 * succeed) recorded but not published. C2 Alpha, published 10 May 2031; proposals
	 * from Small1, Large1; no award on 20 June 2031. C3 Beta, published 1 June 2031; a
	 * proposal from Medium1; awarded on 1 July 2031 to Medium1, whose pilot is completed
	 * as partly successful, results not published. C4 Beta, published 1 September 2031;
	 * withdrawn. 2032 C5 Alpha, published 10 January 2032; proposals from Small1, Large1;
	 * awarded on 19 February 2032 to Small1, whose pilot stays planned. C6 Beta,
	 * published 1 February 2032; a proposal from Medium1; still open when the figures are
	 * read.
	 *
	 * Days from publication to award (calendar days): C1 2 March → 15 April = 29 (the
	 * rest of March) + 15 = 44; C3 1 June → 1 July = 30; C5 10 January → 19 February = 21
	 * (the rest of January) + 19 = 40.
	 *
	 * 2031: challenges 4 (C1–C4). Proposals: C1 3 + C2 2 + C3 1 = 6 (C4 was withdrawn
	 * with none). Awards: Micro1, Large1 (C1), Medium1 (C3) = 3, of which SMEs Micro1 and
	 * Medium1 = 2: 2 / 3 = 66.7 %. Median of 30 and 44 = (30 + 44) / 2 = 37.0. Completed:
	 * Micro1, Medium1 = 2; stopped: Large1 = 1. Published outcomes: succeeded 1 (Micro1);
	 * Medium1's and Large1's results are not published: 0 and 0. 2032: challenges 2 (C5,
	 * C6). Proposals: C5 2; C6's proposal is still sealed: 2. Awards 1 (Small1), SME 1:
	 * 100.0 %. Median of 40 = 40.0. Nothing completed, stopped or published. Alpha (C1,
	 * C2, C5): challenges 3; proposals 3 + 2 + 2 = 7; awards Micro1, Large1, Small1 = 3,
	 * SMEs 2: 66.7 %; median of 40 and 44 = 42.0; completed 1, stopped 1, succeeded 1.
	 * Beta (C3, C4, C6): challenges 3; proposals 1 (C4 none, C6 sealed); awards 1
	 * (Medium1), SMEs 1: 100.0 %; median of 30 = 30.0; completed 1, nothing published.
	 * Total: challenges 6; proposals 8; awards 4, SMEs 3: 75.0 %; median of 30, 40, 44 =
	 * 40.0; completed 2, stopped 1, succeeded 1, partly 0, did not succeed 0.
	 */
	@Test
	void computesTheFiguresOfTheResultsSectionAsWorkedOutByHand() {
		at(2031, 3, 1);
		var alpha = bidding.agency();
		var beta = bidding.agency();
		var micro = fixtures.company(alpha, "Micro1", SizeClass.MICRO);
		var small = fixtures.company(alpha, "Small1", SizeClass.SMALL);
		var medium = fixtures.company(alpha, "Medium1", SizeClass.MEDIUM);
		var large = fixtures.company(alpha, "Large1", SizeClass.LARGE);

		at(2031, 3, 2);
		var c1 = fixtures.publish(alpha);
		var c1Micro = fixtures.submit(micro, c1);
		var c1Small = fixtures.submit(small, c1);
		var c1Large = fixtures.submit(large, c1);

		at(2031, 4, 15);
		fixtures.closeAndEvaluate(alpha, c1);
		var c1Pilots = fixtures.award(alpha, c1, List.of(c1Micro, c1Large), List.of(c1Small));
		var microPilot = pilotOf(c1Pilots, micro);
		var largePilot = pilotOf(c1Pilots, large);
		asManager(alpha, () -> {
			management.start(microPilot, version(microPilot));
			management.complete(microPilot, version(microPilot), LocalDate.of(2031, 4, 15),
					new PilotResults(PilotOutcome.SUCCEEDED, "It worked.", PilotDecision.SCALE_UP));
			management.publishResults(microPilot, version(microPilot));
			management.start(largePilot, version(largePilot));
			management.stop(largePilot, version(largePilot), "The data could not be shared.");
			management.recordResults(largePilot, version(largePilot),
					new PilotResults(PilotOutcome.DID_NOT_SUCCEED, "Share data first.", PilotDecision.STOP));
		});

		at(2031, 5, 10);
		var c2 = fixtures.publish(alpha);
		var c2Small = fixtures.submit(small, c2);
		var c2Large = fixtures.submit(large, c2);

		at(2031, 6, 1);
		var c3 = fixtures.publish(beta);
		var c3Medium = fixtures.submit(medium, c3);

		at(2031, 6, 20);
		fixtures.closeAndEvaluate(alpha, c2);
		fixtures.noAward(alpha, c2, List.of(c2Small, c2Large));

		at(2031, 7, 1);
		fixtures.closeAndEvaluate(beta, c3);
		var mediumPilot = pilotOf(fixtures.award(beta, c3, List.of(c3Medium), List.of()), medium);
		asManager(beta, () -> {
			management.start(mediumPilot, version(mediumPilot));
			management.complete(mediumPilot, version(mediumPilot), LocalDate.of(2031, 7, 1), new PilotResults(
					PilotOutcome.PARTLY_SUCCEEDED, "Weekdays only.", PilotDecision.PROCURE_AT_LARGER_SCALE));
		});

		at(2031, 9, 1);
		fixtures.withdraw(beta, fixtures.publish(beta));

		at(2032, 1, 10);
		var c5 = fixtures.publish(alpha);
		var c5Small = fixtures.submit(small, c5);
		var c5Large = fixtures.submit(large, c5);

		at(2032, 2, 1);
		fixtures.submit(medium, fixtures.publish(beta));

		at(2032, 2, 19);
		fixtures.closeAndEvaluate(alpha, c5);
		fixtures.award(alpha, c5, List.of(c5Small), List.of(c5Large));

		var statistics = results.statistics();

		assertThat(statistics.years()).containsExactly(
				new PlatformStatistics.Row("2031", null, 4, 6, 3, 2, decimal("66.7"), decimal("37.0"), 2, 1, 1, 0, 0),
				new PlatformStatistics.Row("2032", null, 2, 2, 1, 1, decimal("100.0"), decimal("40.0"), 0, 0, 0, 0, 0));
		var alphaName = name(alpha);
		var betaName = name(beta);
		assertThat(statistics.agencies()).containsExactlyInAnyOrder(
				new PlatformStatistics.Row(alphaName, alpha.id(), 3, 7, 3, 2, decimal("66.7"), decimal("42.0"), 1, 1, 1,
						0, 0),
				new PlatformStatistics.Row(betaName, beta.id(), 3, 1, 1, 1, decimal("100.0"), decimal("30.0"), 1, 0, 0,
						0, 0));
		assertThat(statistics.total()).isEqualTo(
				new PlatformStatistics.Row("", null, 6, 8, 4, 3, decimal("75.0"), decimal("40.0"), 2, 1, 1, 0, 0));
	}

	private PilotId pilotOf(List<PilotContract> contracts, TestPilots.Bidder bidder) {
		var reference = contracts.stream()
			.filter(contract -> contract.company().equals(bidder.company()))
			.findFirst()
			.orElseThrow()
			.reference();
		return jdbc.sql("SELECT id FROM pilot WHERE reference = ?")
			.param(reference)
			.query((rs, row) -> new PilotId(rs.getObject(1, UUID.class)))
			.single();
	}

	private int version(PilotId pilot) {
		return jdbc.sql("SELECT version FROM pilot WHERE id = ?").param(pilot.id()).query(Integer.class).single();
	}

	private void asManager(TestBidding.Agency agency, Runnable work) {
		as(agency.manager(), agency.id(), work);
	}

	private String name(TestBidding.Agency agency) {
		return jdbc.sql("SELECT name FROM organisation WHERE id = ?")
			.param(agency.id().id())
			.query(String.class)
			.single();
	}

	private void at(int year, int month, int day) {
		var instant = ZonedDateTime.of(year, month, day, 10, 0, 0, 0, BRUSSELS).toInstant();
		if (fixtures.now().isBefore(instant)) {
			fixtures.clock().set(instant);
		}
	}

	private static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

}
