package org.pilotbridge.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.SizeClass;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pilotbridge.pilot.PilotAction.COMPLETE;
import static org.pilotbridge.pilot.PilotAction.MARK_MILESTONES;
import static org.pilotbridge.pilot.PilotAction.MOVE_START;
import static org.pilotbridge.pilot.PilotAction.PLAN_MILESTONES;
import static org.pilotbridge.pilot.PilotAction.PUBLISH_RESULTS;
import static org.pilotbridge.pilot.PilotAction.RECORD_RESULTS;
import static org.pilotbridge.pilot.PilotAction.SCHEDULE;
import static org.pilotbridge.pilot.PilotAction.START;
import static org.pilotbridge.pilot.PilotAction.STOP;
import static org.pilotbridge.pilot.PilotAction.WITHDRAW_RESULTS;

/**
 * What a pilot offers its managers where it stands, which the managers' screen shows and
 * nothing else: a planned pilot is scheduled, started or stopped; a running one has its
 * milestones marked and is completed or stopped; an ended one has its results recorded,
 * published and taken offline; and what is not offered, the pilot refuses.
 */
class PilotActionsTests {

	static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	static final Instant AWARDED = Instant.parse("2026-09-01T10:00:00Z");

	static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

	static final PilotResults RESULTS = new PilotResults(PilotOutcome.SUCCEEDED, "Fewer empty buses.",
			PilotDecision.SCALE_UP);

	@Test
	void offersAPlannedPilotToBeScheduledStartedOrStopped() {
		var pilot = planned();
		assertThat(pilot.actions()).containsExactlyInAnyOrder(SCHEDULE, MOVE_START, PLAN_MILESTONES, START, STOP);
		assertThatThrownBy(() -> pilot.complete(FIRST_DAY.plusDays(3), RESULTS, FIRST_DAY.plusDays(3), AWARDED))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void offersARunningPilotItsMilestonesAndItsEndButNotAnotherStart() {
		var pilot = planned();
		pilot.start(FIRST_DAY, AWARDED);
		assertThat(pilot.actions()).containsExactlyInAnyOrder(SCHEDULE, PLAN_MILESTONES, MARK_MILESTONES, COMPLETE,
				STOP);
		assertThatThrownBy(() -> pilot.start(FIRST_DAY, AWARDED)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void offersACompletedPilotOnlyItsResults() {
		var pilot = planned();
		pilot.start(FIRST_DAY, AWARDED);
		pilot.complete(FIRST_DAY.plusDays(30), RESULTS, FIRST_DAY.plusDays(30), AWARDED);
		assertThat(pilot.actions()).containsExactlyInAnyOrder(RECORD_RESULTS, PUBLISH_RESULTS);
		assertThatThrownBy(() -> pilot.stop("Too late", FIRST_DAY.plusDays(31), AWARDED))
			.isInstanceOf(InvalidInput.class);

		pilot.publishResults(AWARDED);
		assertThat(pilot.actions()).containsExactlyInAnyOrder(RECORD_RESULTS, WITHDRAW_RESULTS);
	}

	@Test
	void offersAPilotStoppedBeforeItStartedOnlyItsResults() {
		var pilot = planned();
		pilot.stop("The depot burnt down.", FIRST_DAY, AWARDED);
		assertThat(pilot.actions()).containsExactlyInAnyOrder(RECORD_RESULTS, PUBLISH_RESULTS);
		assertThatThrownBy(() -> pilot.start(FIRST_DAY, AWARDED)).isInstanceOf(InvalidInput.class);
	}

	private static Pilot planned() {
		return Pilot.plan("CH-2026-0042-P1", new ChallengeId(UUID.randomUUID()), "CH-2026-0042",
				"Fewer empty school buses", new OrganisationId(UUID.randomUUID()), new ProposalId(UUID.randomUUID()),
				new OrganisationId(UUID.randomUUID()), "Busly", SizeClass.SMALL, Money.euros(20_000), ZONE, AWARDED, 12,
				AWARDED);
	}

}
