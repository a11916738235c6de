package org.pilotbridge.pilot;

import java.time.Duration;
import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every refusal says why in words the person understands, in every language, and changes
 * nothing: not the pilot, not its milestones, no event (so no audit entry and no
 * open-data release).
 */
class PilotRefusalIntegrationTests extends PilotIntegrationTest {

	TestPilots.Awarded awarded;

	PilotId id;

	LocalDate today;

	@BeforeEach
	void anAwardedPilot() {
		awarded = fixtures.awarded();
		id = pilot(awarded).id();
		today = LocalDate.ofInstant(fixtures.now(), pilot(awarded).timeZone());
	}

	@Test
	void refusesTheAccountOfAMemberOfAnotherCompany() {
		var other = awarded.loser();
		assertDenied(
				() -> as(other.owner(), other.company(),
						() -> management.writeAccount(id, version(), "We would have done it better.")),
				"pilot.refused.not-company-member");
		var outsider = bidding.company(awarded.agency(), Language.ENGLISH);
		assertDenied(
				() -> as(outsider.member(), outsider.id(),
						() -> management.writeAccount(id, version(), "Not ours to write.")),
				"pilot.refused.not-company-member");
	}

	@Test
	void refusesChangesByAnyoneButTheAgencysChallengeManagers() {
		var winner = awarded.winner();
		assertDenied(() -> as(winner.owner(), winner.company(), () -> management.start(id, version())),
				"pilot.refused.not-manager");
		assertDenied(
				() -> as(winner.owner(), winner.company(),
						() -> management.schedule(id, version(), today, today.plusWeeks(20))),
				"pilot.refused.not-manager");
		var member = awarded.agency().member();
		assertDenied(
				() -> as(member, awarded.agency().id(),
						() -> management.addMilestone(id, version(), "Sneaky milestone", today)),
				"pilot.refused.not-manager");
		var otherAgency = bidding.agency();
		assertDenied(
				() -> as(otherAgency.manager(), otherAgency.id(), () -> management.stop(id, version(), "Not my pilot")),
				"pilot.refused.not-manager");
	}

	@Test
	void refusesToCompleteAPilotThatHasNotStarted() {
		assertRefused(() -> asManager(() -> management.complete(id, version(), today, results())), "status",
				"pilot.complete.not-running");
	}

	@Test
	void refusesALastDayBeforeTheFirst() {
		assertRefused(() -> asManager(() -> management.schedule(id, version(), today.plusDays(10), today.plusDays(9))),
				"endDate", "pilot.dates.end-before-start");
		asManager(() -> management.start(id, version()));
		fixtures.clock().advance(Duration.ofDays(30));
		assertRefused(() -> asManager(() -> management.complete(id, version(), today.minusDays(1), results())),
				"endDate", "pilot.dates.end-before-start");
	}

	@Test
	void refusesToCompleteWithALastDayInTheFutureOrWithoutResults() {
		asManager(() -> management.start(id, version()));
		assertRefused(() -> asManager(() -> management.complete(id, version(), today.plusDays(1), results())),
				"endDate", "pilot.complete.end-in-future");
		assertRefused(() -> asManager(
				() -> management.complete(id, version(), today, new PilotResults(null, "  ", PilotDecision.STOP))),
				"outcome", "pilot.results.outcome-required");
	}

	@Test
	void refusesToPublishResultsWithoutAnOutcome() {
		asManager(() -> management.stop(id, version(), "The agency lost its budget."));
		assertRefused(() -> asManager(() -> management.publishResults(id, version())), "outcome",
				"pilot.publish.no-outcome");
	}

	@Test
	void refusesToPublishTheResultsOfAPilotThatHasNotEnded() {
		assertRefused(() -> asManager(() -> management.publishResults(id, version())), "status",
				"pilot.results.not-ended");
	}

	@Test
	void refusesToStartBeforeTheFirstDay() {
		asManager(() -> management.schedule(id, version(), today.plusDays(7), today.plusWeeks(10)));
		assertRefused(() -> asManager(() -> management.start(id, version())), "startDate", "pilot.start.too-early");
	}

	@Test
	void refusesAStartBeforeTheAward() {
		assertRefused(
				() -> asManager(() -> management.schedule(id, version(), today.minusDays(1), today.plusWeeks(10))),
				"startDate", "pilot.dates.start-before-award");
	}

	@Test
	void refusesToStopWithoutAReason() {
		assertRefused(() -> asManager(() -> management.stop(id, version(), "   ")), "reason",
				"pilot.stop.reason-required");
	}

	@Test
	void refusesToChangeAnEndedPilot() {
		asManager(() -> management.stop(id, version(), "The agency lost its budget."));
		assertRefused(() -> asManager(() -> management.addMilestone(id, version(), "Too late", today)), "status",
				"pilot.status.ended");
		assertRefused(() -> asManager(() -> management.schedule(id, version(), today, today.plusDays(3))), "status",
				"pilot.status.ended");
	}

	@Test
	void refusesAMilestoneWithoutTitleOrDueDateOrWithATooLongTitle() {
		assertRefused(() -> asManager(() -> management.addMilestone(id, version(), " ", null)), "title",
				"validation.required");
		assertRefused(() -> asManager(() -> management.addMilestone(id, version(), "x".repeat(201), today)), "title",
				"validation.too-long");
	}

	@Test
	void refusesAChangeBasedOnAnOutdatedVersion() {
		var seen = version();
		asManager(() -> management.addMilestone(id, seen, "Kick-off", today.plusDays(2)));
		awaitEvents();
		var before = observe(awarded.pilot());
		assertThatThrownBy(
				() -> asManager(() -> management.addMilestone(id, seen, "Kick-off again", today.plusDays(2))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(observe(awarded.pilot())).isEqualTo(before);
	}

	private void assertDenied(ThrowingCallable change, String key) {
		awaitEvents();
		var before = observe(awarded.pilot());
		assertThatThrownBy(change).isInstanceOfSatisfying(PilotAccessDenied.class,
				denied -> assertThat(denied.messageKey()).isEqualTo(key));
		assertTranslated(key);
		assertThat(observe(awarded.pilot())).as("nothing changed").isEqualTo(before);
	}

	private void assertRefused(ThrowingCallable change, String field, String key) {
		awaitEvents();
		var before = observe(awarded.pilot());
		assertThatThrownBy(change).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
					.contains(Tuple.tuple(field, key)));
		assertTranslated(key);
		assertThat(observe(awarded.pilot())).as("nothing changed").isEqualTo(before);
	}

	private void asManager(Runnable work) {
		as(awarded.agency().manager(), awarded.agency().id(), work);
	}

	private int version() {
		return pilot(awarded).version();
	}

	private static PilotResults results() {
		return new PilotResults(PilotOutcome.PARTLY_SUCCEEDED, "Routes improved, but only on weekdays.",
				PilotDecision.SCALE_UP);
	}

}
