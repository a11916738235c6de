package org.pilotbridge.pilot;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PilotLifecycleIntegrationTests extends PilotIntegrationTest {

	@Test
	void plansOnePilotPerAwardedProposalOnceTheAwardIsFinalAndOnlyOnce() {
		var agency = bidding.agency();
		var first = fixtures.company(agency, "First winner", SizeClass.SMALL);
		var second = fixtures.company(agency, "Second winner", SizeClass.LARGE);
		var loser = fixtures.company(agency, "Loser", SizeClass.MICRO);
		var challenge = fixtures.publish(agency);
		var firstProposal = fixtures.submit(first, challenge);
		fixtures.clock().advance(Duration.ofMinutes(1));
		var secondProposal = fixtures.submit(second, challenge);
		var lost = fixtures.submit(loser, challenge);
		fixtures.closeAndEvaluate(agency, challenge);

		assertThat(planning.planFor(challenge.id())).as("nothing is planned before the award is final").isEmpty();
		var contracts = fixtures.award(agency, challenge, List.of(firstProposal, secondProposal), List.of(lost));

		assertThat(contracts).extracting(PilotContract::reference)
			.containsExactly(challenge.reference() + "-P1", challenge.reference() + "-P2");
		assertThat(contracts).extracting(PilotContract::company).containsExactly(first.company(), second.company());
		assertThat(contracts).allSatisfy(contract -> {
			assertThat(contract.status()).isEqualTo(PilotStatus.PLANNED);
			assertThat(contract.amount()).isEqualTo(Money.euros("19500.00"));
			assertThat(contract.startDate()).isEqualTo(LocalDate.ofInstant(fixtures.now(), contract.timeZone()));
			assertThat(contract.endDate()).as("the 10 weeks the winner planned")
				.isEqualTo(contract.startDate().plusWeeks(10).minusDays(1));
		});
		awaitEvents();

		assertThat(planning.planFor(challenge.id())).as("a replayed award plans nothing more").isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM pilot WHERE challenge_id = ?")
			.param(challenge.id().id())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE action = 'pilot.planned' AND details ->> 'challenge' = ?")
			.param(challenge.id().toString())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(as(loser.owner(), loser.company(), () -> query.mine())).isEmpty();
		assertThat(as(second.owner(), second.company(), () -> query.mine())).extracting(p -> p.pilot().reference())
			.containsExactly(challenge.reference() + "-P2");
	}

	@Test
	void runsAPilotFromItsPlanToPublishedResultsWithTheCompanysAccount() {
		var awarded = fixtures.awarded();
		var manager = awarded.agency().manager();
		var agency = awarded.agency().id();
		var id = pilot(awarded).id();
		var today = LocalDate.ofInstant(fixtures.now(), pilot(awarded).timeZone());

		as(manager, agency, () -> management.schedule(id, pilot(awarded).version(), today, today.plusWeeks(8)));
		var kickOff = as(manager, agency, () -> management.addMilestone(id, pilot(awarded).version(),
				"Kick-off with the drivers", today.plusDays(3)));
		as(manager, agency,
				() -> management.addMilestone(id, pilot(awarded).version(), "First routes in use", today.plusWeeks(4)));
		var wrong = as(manager, agency,
				() -> management.addMilestone(id, pilot(awarded).version(), "Wrong one", today.plusWeeks(5)));
		as(manager, agency, () -> management.removeMilestone(id, pilot(awarded).version(), wrong));
		as(manager, agency, () -> management.start(id, pilot(awarded).version()));
		as(manager, agency, () -> management.markMilestone(id, pilot(awarded).version(), kickOff, true));
		fixtures.clock().advance(Duration.ofDays(60));
		var lastDay = today.plusWeeks(8);
		as(manager, agency,
				() -> management.complete(id, pilot(awarded).version(), lastDay,
						new PilotResults(PilotOutcome.SUCCEEDED, "Weekly re-planning cut **18%** of the kilometres.",
								PilotDecision.PROCURE_AT_LARGER_SCALE)));
		var winner = awarded.winner();
		as(winner.owner(), winner.company(), () -> management.writeAccount(id, pilot(awarded).version(),
				"The drivers' feedback shaped the routes."));
		assertThat(results.byReference(awarded.pilot())).as("not public before it is published").isEmpty();
		as(manager, agency, () -> management.publishResults(id, pilot(awarded).version()));

		var published = results.byReference(awarded.pilot()).orElseThrow();
		assertThat(published.status()).isEqualTo(PilotStatus.COMPLETED);
		assertThat(published.outcome()).isEqualTo(PilotOutcome.SUCCEEDED);
		assertThat(published.decision()).isEqualTo(PilotDecision.PROCURE_AT_LARGER_SCALE);
		assertThat(published.startDate()).isEqualTo(today);
		assertThat(published.endDate()).isEqualTo(lastDay);
		assertThat(published.lessonsHtml()).contains("<strong>18%</strong>");
		assertThat(published.companyAccountHtml()).contains("The drivers");
		assertThat(published.companyName()).isEqualTo(winner.name());
		assertThat(published.milestones())
			.extracting(PublishedPilot.PublicMilestone::title, PublishedPilot.PublicMilestone::done)
			.containsExactly(Tuple.tuple("Kick-off with the drivers", true), Tuple.tuple("First routes in use", false));
		assertThat(results.published()).extracting(PublishedPilot::reference).contains(awarded.pilot());

		awaitEvents();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'pilot' AND object_id = ? ORDER BY id")
			.param(id.toString())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("pilot.planned", "pilot.scheduled", "pilot.milestone.added",
					"pilot.milestone.added", "pilot.milestone.added", "pilot.milestone.removed", "pilot.started",
					"pilot.milestone.done", "pilot.completed", "pilot.company-account.written",
					"pilot.results.published");

		as(manager, agency, () -> management.withdrawResults(id, pilot(awarded).version()));
		assertThat(results.byReference(awarded.pilot())).isEmpty();
	}

	@Test
	void stopsAPilotWithAReasonAndPublishesWhatWasLearned() {
		var awarded = fixtures.awarded();
		var manager = awarded.agency().manager();
		var agency = awarded.agency().id();
		var id = pilot(awarded).id();

		as(manager, agency, () -> management.start(id, pilot(awarded).version()));
		as(manager, agency,
				() -> management.stop(id, pilot(awarded).version(), "The ridership data could not be shared."));
		as(manager, agency,
				() -> management.recordResults(id, pilot(awarded).version(),
						new PilotResults(PilotOutcome.DID_NOT_SUCCEED, "Agree on data sharing before the pilot starts.",
								PilotDecision.STOP)));
		as(manager, agency, () -> management.publishResults(id, pilot(awarded).version()));

		var published = results.byReference(awarded.pilot()).orElseThrow();
		assertThat(published.status()).isEqualTo(PilotStatus.STOPPED);
		assertThat(published.stopReason()).isEqualTo("The ridership data could not be shared.");
		assertThat(published.outcome()).isEqualTo(PilotOutcome.DID_NOT_SUCCEED);
	}

	@Test
	void showsAPilotOnlyToThoseTakingPartAndItsResultsOnlyOncePublished() {
		var awarded = fixtures.awarded();
		var outsider = bidding.company(bidding.agency(), Language.ENGLISH);

		assertThat(results.byReference(awarded.pilot())).isEmpty();
		assertThatThrownBy(() -> as(outsider.member(), outsider.id(), () -> query.byReference(awarded.pilot())))
			.isInstanceOf(PilotNotFound.class);
		assertThatThrownBy(
				() -> as(awarded.loser().owner(), awarded.loser().company(), () -> query.byReference(awarded.pilot())))
			.isInstanceOf(PilotNotFound.class);
		var forCompany = as(awarded.winner().owner(), awarded.winner().company(),
				() -> query.byReference(awarded.pilot()));
		assertThat(forCompany.companyMember()).isTrue();
		assertThat(forCompany.manager()).isFalse();
		var forManager = as(awarded.agency().manager(), awarded.agency().id(),
				() -> query.byReference(awarded.pilot()));
		assertThat(forManager.manager()).isTrue();
		var plainMember = as(awarded.agency().member(), awarded.agency().id(), () -> query.mine());
		assertThat(plainMember).as("a plain member of the agency does not run pilots").isEmpty();
	}

}
