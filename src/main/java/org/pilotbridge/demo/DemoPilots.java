package org.pilotbridge.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.evaluation.AwardApproval;
import org.pilotbridge.evaluation.AwardManagement;
import org.pilotbridge.evaluation.ConsensusInput;
import org.pilotbridge.evaluation.DeclarationInput;
import org.pilotbridge.evaluation.EvaluationManagement;
import org.pilotbridge.evaluation.EvaluationQuery;
import org.pilotbridge.evaluation.PanelManagement;
import org.pilotbridge.evaluation.PanelRole;
import org.pilotbridge.evaluation.Score;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotId;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotPlanning;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.proposal.ProposalContent;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * The demo's pilot results: a challenge of the city published about seven months ago,
 * answered by two companies, evaluated by its manager as evaluating chair and awarded to
 * Sensory Labs; its pilot ran with three milestones, was completed with its lessons
 * learned, and its results are published with the company's own account. Everything goes
 * through the services, in the past.
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "pilotbridge.demo.enabled")
class DemoPilots {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final ChallengeManagement challenges;

	private final ChallengeDirectory directory;

	private final ProposalManagement proposals;

	private final ProposalQuery proposalQuery;

	private final PanelManagement panels;

	private final EvaluationManagement evaluations;

	private final EvaluationQuery evaluationQuery;

	private final AwardManagement awards;

	private final AwardApproval approval;

	private final PilotPlanning planning;

	private final PilotManagement pilots;

	private final PilotQuery pilotQuery;

	private final RunAs runAs;

	private final DemoClock clock;

	private final DemoInvitations invitations;

	DemoPilots(ChallengeManagement challenges, ChallengeDirectory directory, ProposalManagement proposals,
			ProposalQuery proposalQuery, PanelManagement panels, EvaluationManagement evaluations,
			EvaluationQuery evaluationQuery, AwardManagement awards, AwardApproval approval, PilotPlanning planning,
			PilotManagement pilots, PilotQuery pilotQuery, DemoInvitations invitations, RunAs runAs, DemoClock clock) {
		this.challenges = challenges;
		this.directory = directory;
		this.proposals = proposals;
		this.proposalQuery = proposalQuery;
		this.panels = panels;
		this.evaluations = evaluations;
		this.evaluationQuery = evaluationQuery;
		this.awards = awards;
		this.approval = approval;
		this.planning = planning;
		this.pilots = pilots;
		this.pilotQuery = pilotQuery;
		this.invitations = invitations;
		this.runAs = runAs;
		this.clock = clock;
	}

	void seed(PersonId manager, String managerEmail, PersonId officer, OrganisationId city, PersonId winnerOwner,
			OrganisationId winner, PersonId otherOwner, OrganisationId other) {
		// Read while it is still open: any read after its deadline closes it.
		var summary = clock.ago(days(210), () -> runAs.person(manager, city, () -> {
			var now = LocalDateTime.ofInstant(clock.instant(), BRUSSELS).withSecond(0).withNano(0);
			var id = challenges.createDraft(city,
					gritting().questionsDeadline(now.plusDays(10).withHour(12).withMinute(0))
						.proposalsDeadline(now.plusDays(21).withHour(17).withMinute(0))
						.build());
			challenges.publish(id);
			return directory.challenge(id).orElseThrow();
		}));
		var challenge = summary.id();
		var won = clock.ago(days(200),
				() -> propose(winnerOwner, winner, summary, "IceWatch",
						"Road-surface sensors on the twelve worst bridges and slopes tell the crews where ice forms.",
						Money.euros("18400.00"), 14));
		var lost = clock.ago(days(199),
				() -> propose(otherOwner, other, summary, "Thermal map",
						"A thermal map of the city from satellite data, refreshed daily in winter.",
						Money.euros("23900.00"), 16));

		var pilot = award(manager, managerEmail, officer, city, summary, won, lost);
		run(manager, city, winnerOwner, winner, pilot);
	}

	/**
	 * The manager chairs the panel, which scores both proposals and proposes to award the
	 * first; the city's authorising officer approves.
	 */
	private PilotId award(PersonId manager, String managerEmail, PersonId officer, OrganisationId city,
			ChallengeSummary summary, ProposalId won, ProposalId lost) {
		var challenge = summary.id();
		return clock.ago(days(186), () -> runAs.person(manager, city, () -> {
			challenges.startEvaluation(challenge);
			panels.invite(challenge, managerEmail, "Head of roads", PanelRole.EVALUATING_CHAIR, Language.ENGLISH);
			panels.accept(invitations.token(managerEmail));
			var declarations = new HashMap<OrganisationId, DeclarationInput>();
			evaluations.bidders(challenge)
				.forEach(bidder -> declarations.put(bidder.company(), DeclarationInput.noConflict()));
			evaluations.declare(challenge, declarations);
			score(summary, won, 5, "Sensors on the bridges where ice forms first");
			score(summary, lost, 3, "A daily map is too coarse for the crews");
			for (var proposal : List.of(won, lost)) {
				awards.recordConsensus(proposal, evaluationQuery.consensusForm(proposal)
					.criteria()
					.stream()
					.map(criterion -> new ConsensusInput(criterion.criterion().id(), criterion.mean(),
							"The panel agreed with the score: " + criterion.criterion().name().toLowerCase() + ".", ""))
					.toList());
			}
			awards.proposeAward(challenge, List.of(won), null);
			runAs.person(officer, city, () -> approval.approve(challenge, true));
			// Planned here rather than by the module's listener alone, so that it is
			// planned on the day of the award.
			return planning.planFor(challenge).stream().findFirst().orElseGet(() -> pilotOf(manager, city, summary));
		}));
	}

	/** The pilot runs through the winter, succeeds, and its results are published. */
	private void run(PersonId manager, OrganisationId city, PersonId winnerOwner, OrganisationId winner,
			PilotId pilot) {
		var start = clock.ago(days(178), () -> date());
		var end = clock.ago(days(94), () -> date());
		at(181, manager, city, pilot, (id, version) -> pilots.schedule(id, version, start, end));
		at(181, manager, city, pilot, (id, version) -> pilots.addMilestone(id, version,
				"Sensors installed on the twelve sites", start.plusWeeks(2)));
		at(181, manager, city, pilot, (id, version) -> pilots.addMilestone(id, version,
				"First frost alerts used by the night crew", start.plusWeeks(6)));
		at(181, manager, city, pilot, (id, version) -> pilots.addMilestone(id, version,
				"Salt use compared with last winter", end.minusWeeks(1)));
		at(178, manager, city, pilot, (id, version) -> pilots.start(id, version));
		at(162, manager, city, pilot, (id, version) -> pilots.markMilestone(id, version, 1, true));
		at(134, manager, city, pilot, (id, version) -> pilots.markMilestone(id, version, 2, true));
		at(100, manager, city, pilot, (id, version) -> pilots.markMilestone(id, version, 3, true));
		at(94, manager, city, pilot,
				(id, version) -> pilots.complete(id, version, end, new PilotResults(PilotOutcome.SUCCEEDED, """
						The night crew salted **only where the sensors saw ice forming**: 31 % less salt on the pilot
						routes than the winter before, and no reported falls on the twelve sites.

						- Put the sensors where the crews already know ice forms first; the map of those places
						  took two afternoons with the drivers.
						- Alerts by text message worked better than the dashboard at 4 a.m.
						- Two sensors were hit by snow ploughs: agree on markings before the first snow.""",
						PilotDecision.PROCURE_AT_LARGER_SCALE)));
		at(92, winnerOwner, winner, pilot, (id, version) -> pilots.writeAccount(id, version, """
				Working with the night crew from the first week made the difference: they told us where to put the
				sensors and which alerts they would actually read. We now offer text alerts as standard."""));
		at(90, manager, city, pilot, (id, version) -> pilots.publishResults(id, version));
	}

	private ProposalId propose(PersonId owner, OrganisationId company, ChallengeSummary challenge, String title,
			String summary, Money price, int weeks) {
		return runAs.person(owner, company, () -> {
			var id = proposals.start(challenge.id());
			var content = ProposalContent.builder()
				.title(title)
				.summary(summary)
				.approach(summary + " The crews get an alert when salting is needed, with the place and the time.")
				.price(price)
				.vatRate(new BigDecimal("21"))
				.timelineWeeks(weeks)
				.timeline("Installation in the first two weeks, then the winter, then a report.")
				.team("Two engineers who ran similar pilots in Flanders.")
				.declaresEligibility(true)
				.declaresNoConflictOfInterest(true)
				.acceptsTerms(true);
			challenge.criteria()
				.stream()
				.filter(criterion -> criterion.type() == CriterionType.QUALITATIVE)
				.forEach(criterion -> content.answer(criterion.id(), summary));
			proposals.saveDraft(id, proposalQuery.editable(id).version(), content.build());
			proposals.submit(id);
			return id;
		});
	}

	private void score(ChallengeSummary challenge, ProposalId proposal, int points, String why) {
		evaluations.submit(proposal, challenge.criteria()
			.stream()
			.filter(criterion -> criterion.type() == CriterionType.QUALITATIVE)
			.map(criterion -> new Score(criterion.id(), points, why + ", for " + criterion.name().toLowerCase() + "."))
			.toList());
	}

	/**
	 * The pilot the award made, planned by the module's listener before this demo asked.
	 */
	private PilotId pilotOf(PersonId manager, OrganisationId city, ChallengeSummary challenge) {
		return runAs.person(manager, city, () -> pilotQuery.byReference(challenge.reference() + "-P1").pilot().id());
	}

	/**
	 * Does what a person did with the pilot that many days ago, on the pilot as it was
	 * then.
	 */
	private void at(int daysAgo, PersonId person, OrganisationId organisation, PilotId pilot,
			BiConsumer<PilotId, Integer> action) {
		clock.ago(days(daysAgo), () -> runAs.person(person, organisation, () -> {
			var current = pilotQuery.mine()
				.stream()
				.filter(p -> p.pilot().id().equals(pilot))
				.findFirst()
				.orElseThrow();
			action.accept(pilot, current.pilot().version());
			return null;
		}));
	}

	private LocalDate date() {
		return LocalDate.ofInstant(clock.instant(), BRUSSELS);
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

	private static ChallengeDraft.Builder gritting() {
		return ChallengeDraft.builder()
			.title("Salting roads only where ice forms")
			.summary("Our crews salt every road on fixed rounds as soon as frost is forecast. We want to pilot a way "
					+ "to know where ice actually forms and salt only there.")
			.problemStatement("""
					Every frosty night two gritters salt **140 km of roads** on fixed rounds, whether or not ice
					forms. Bridges and shaded slopes freeze first; most streets never do.""")
			.context("Two gritters, a night crew of six, 900 tonnes of salt a winter.")
			.expectedOutcome("25 % less salt without more falls or accidents on the pilot routes.")
			.constraints("The pilot must run through one winter, from November to March.")
			.budgetCap(Money.euros(25_000))
			.pilotDurationWeeks(16)
			.criteria(List.of(
					CriterionData.of("Approach and feasibility", "How convincing and realistic the approach is", 60,
							CriterionType.QUALITATIVE),
					CriterionData.of("Price", "Total price of the pilot excluding VAT", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("72000000-5", "90620000-9"))
			.tags(List.of("winter", "roads", "sensors"))
			.standstillDays(0)
			.languages(List.of(Language.ENGLISH, Language.DUTCH));
	}

}
