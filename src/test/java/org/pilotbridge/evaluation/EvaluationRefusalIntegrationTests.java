package org.pilotbridge.evaluation;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.InvalidInput.FieldProblem;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every refusal of the evaluation says why and changes nothing: the panel, the
 * declarations, the scores, the consensus, the decision and the challenge read the same
 * afterwards, and no event was published.
 */
class EvaluationRefusalIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	ProposalQuery proposals;

	TestEvaluation.Scenario scenario;

	ProposalId first;

	@BeforeEach
	void aClosedChallengeWithAPanel() {
		scenario = fixtures.scenario();
		fixtures.close(scenario);
		first = scenario.proposals().getFirst();
	}

	@Test
	void refusesScoringBeforeDeclaring() {
		var evaluator = scenario.evaluators().getFirst();

		var before = observe(scenario);
		assertThatThrownBy(() -> as(evaluator, () -> evaluations.saveDraft(first, scores(scenario, 4, 3))))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("declarations", "evaluation.declare-first", List.of())));
		assertThatThrownBy(() -> as(evaluator, () -> query.scoring(first))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> as(evaluator, () -> proposals.latest(first))).isInstanceOf(ProposalNotFound.class);
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesScoringARecusedProposalButNotTheOthers() {
		var evaluator = scenario.evaluators().getFirst();
		declare(scenario, evaluator, scenario.companies().getFirst().id());

		var before = observe(scenario);
		assertThatThrownBy(() -> as(evaluator, () -> evaluations.submit(first, scores(scenario, 4, 3))))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("proposal", "evaluation.recused", List.of())));
		assertThatThrownBy(() -> as(evaluator, () -> query.scoring(first))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> as(evaluator, () -> proposals.latest(first))).isInstanceOf(ProposalNotFound.class);
		assertThat(observe(scenario)).isEqualTo(before);

		var second = scenario.proposals().get(1);
		assertThat(as(evaluator, () -> query.scoring(second)).content().content().title()).isEqualTo("RouteWise");
		score(scenario, evaluator, second, 4, 3);
		assertThat(as(evaluator, () -> query.todo()).getFirst().recused()).isEqualTo(1);
	}

	@Test
	void refusesAJustificationThatIsTooShort() {
		var evaluator = scenario.evaluators().getFirst();
		declare(scenario, evaluator);
		var approach = criterion(scenario, "Quality of the approach");
		var team = criterion(scenario, "Team");
		var tooShort = List.of(new Score(approach.id(), 4, "Good."),
				new Score(team.id(), 3, "The team ran two similar pilots with good references."));

		var before = observe(scenario);
		assertThatThrownBy(() -> as(evaluator, () -> evaluations.submit(first, tooShort))).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).containsExactly(new FieldProblem("scores." + approach.id(),
						"evaluation.justification.too-short", List.of(approach.name(), 30))));
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesChangingASubmittedEvaluation() {
		var evaluator = scenario.evaluators().getFirst();
		declare(scenario, evaluator);
		score(scenario, evaluator, first, 4, 3);

		var before = observe(scenario);
		assertThatThrownBy(() -> as(evaluator, () -> evaluations.saveDraft(first, scores(scenario, 1, 1))))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("scores", "evaluation.scores.submitted", List.of())));
		assertThatThrownBy(() -> as(evaluator, () -> evaluations.submit(first, scores(scenario, 1, 1))))
			.isInstanceOf(InvalidInput.class);
		assertThat(observe(scenario)).isEqualTo(before);
		assertThat(as(evaluator, () -> query.scoring(first)).scores()).extracting(Score::points).containsExactly(4, 3);
	}

	@Test
	void refusesShowingOtherEvaluatorsScoresBeforeAllOfOnesOwnAreSubmitted() {
		var early = scenario.evaluators().get(0);
		var other = scenario.evaluators().get(1);
		declare(scenario, early);
		declare(scenario, other);
		score(scenario, other, first, 5, 5);
		score(scenario, early, first, 2, 2);

		var before = observe(scenario);
		assertThatThrownBy(() -> as(early, () -> query.scores(first))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems())
					.containsExactly(new FieldProblem("scores", "evaluation.scores.own-first", List.of())));
		assertThat(observe(scenario)).isEqualTo(before);

		score(scenario, early, scenario.proposals().get(1), 3, 3);
		score(scenario, early, scenario.proposals().get(2), 3, 3);
		assertThat(as(early, () -> query.scores(first)).criteria().getFirst().scores())
			.extracting(EvaluationViews.IndividualScore::points)
			.containsExactlyInAnyOrder(5, 2);
	}

	@Test
	void refusesConsensusBeforeAllScoresAreIn() {
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
		}
		score(scenario, scenario.evaluators().get(0), first, 4, 3);
		score(scenario, scenario.evaluators().get(1), first, 4, 3);
		var inputs = scenario.qualitative()
			.stream()
			.map(criterion -> new ConsensusInput(criterion.id(), 4, "A justification that the bidder will read.",
					"A reason"))
			.toList();

		var before = observe(scenario);
		assertThatThrownBy(() -> as(scenario.chair(), () -> awards.recordConsensus(first, inputs)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("consensus", "evaluation.consensus.scores-missing", List.of())));
		assertThatThrownBy(() -> as(scenario.chair(), () -> query.consensusForm(first)))
			.isInstanceOf(InvalidInput.class);
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesAnAwardByAnyoneButTheChairDuringTheEvaluation() {
		everythingScoredAndAgreed();
		var evaluator = scenario.evaluators().getFirst();
		var agencyMember = scenario.agency().member();

		var before = observe(scenario);
		assertThatThrownBy(
				() -> as(evaluator, () -> awards.proposeAward(scenario.challenge().id(), List.of(first), null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> as(agencyMember, () -> awards.proposeAward(scenario.challenge().id(), List.of(first), null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesADecisionByANonChair() {
		everythingScoredAndAgreed();
		var evaluator = scenario.evaluators().getFirst();

		var before = observe(scenario);
		assertThatThrownBy(() -> as(evaluator,
				() -> awards.proposeNoAward(scenario.challenge().id(), "No proposal convinced the panel at all.")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(evaluator, () -> awards.recordConsensus(first, List.of())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesAnotherThanTheTopOfTheRankingWithoutJustification() {
		everythingScoredAndAgreed();
		var ranking = as(scenario.chair(), () -> query.ranking(scenario.challenge().id()));
		var second = ranking.lines().get(1).ranked().proposal();

		var before = observe(scenario);
		assertThatThrownBy(
				() -> as(scenario.chair(), () -> awards.proposeAward(scenario.challenge().id(), List.of(second), "")))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactly(
					new FieldProblem("justification", "evaluation.decision.justification-required", List.of(30))));
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesMoreWinnersThanPilotsAProposalTwiceNoneAndAnotherChoiceWithoutJustification() {
		var twoPilots = fixtures.scenario(0, 2);
		fixtures.close(twoPilots);
		for (var evaluator : twoPilots.evaluators()) {
			declare(twoPilots, evaluator);
			var points = 5;
			for (var proposal : twoPilots.proposals()) {
				score(twoPilots, evaluator, proposal, points, points--);
			}
		}
		twoPilots.proposals().forEach(proposal -> consensusAtMean(twoPilots, proposal));
		var challenge = twoPilots.challenge().id();
		var ranked = as(twoPilots.chair(), () -> query.ranking(challenge)).lines()
			.stream()
			.map(line -> line.ranked().proposal())
			.toList();

		var before = observe(twoPilots);
		assertThatThrownBy(() -> as(twoPilots.chair(), () -> awards.proposeAward(challenge, ranked, null)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("winners", "evaluation.decision.too-many-winners", List.of(2))));
		assertThatThrownBy(() -> as(twoPilots.chair(),
				() -> awards.proposeAward(challenge, List.of(ranked.get(0), ranked.get(0)), null)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("winners", "evaluation.decision.winner-twice", List.of())));
		assertThatThrownBy(() -> as(twoPilots.chair(), () -> awards.proposeAward(challenge, List.of(), null)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("winners", "evaluation.decision.no-winner", List.of())));
		for (var other : List.of(List.of(ranked.get(0), ranked.get(2)), List.of(ranked.get(0)))) {
			assertThatThrownBy(() -> as(twoPilots.chair(), () -> awards.proposeAward(challenge, other, "Too short.")))
				.as("awarding %s instead of the two best", other)
				.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactly(
						new FieldProblem("justification", "evaluation.decision.justification-required", List.of(30))));
		}
		assertThatThrownBy(() -> as(twoPilots.chair(),
				() -> awards.proposeAward(challenge, List.of(ranked.get(0), new ProposalId(UUID.randomUUID())), null)))
			.isInstanceOf(ProposalNotFound.class);
		assertThat(observe(twoPilots)).isEqualTo(before);

		as(twoPilots.chair(), () -> awards.proposeAward(challenge, List.of(ranked.get(2), ranked.get(0)),
				"The second proposal's sensors are not certified for use on public roads."));
		assertThat(as(twoPilots.chair(), () -> query.ranking(challenge)).decision().winners())
			.containsExactly(ranked.get(0), ranked.get(2));
	}

	@Test
	void refusesARemovalByAnyoneButTheChallengesManagers() {
		var evaluator = member(scenario, scenario.evaluators().get(1));
		var before = observe(scenario);
		for (var outsider : List.of(scenario.evaluators().getFirst(), scenario.agency().member())) {
			assertThatThrownBy(
					() -> as(outsider,
							() -> panels.remove(scenario.challenge().id(), evaluator.id(),
									"Not needed on this panel any more.", null)))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> as(scenario.evaluators().getFirst(), () -> panels.removals(scenario.challenge().id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesRemovingAMemberWhoHasSubmittedScoresOrWithoutAReason() {
		var evaluator = scenario.evaluators().getFirst();
		declare(scenario, evaluator);
		score(scenario, evaluator, first, 4, 3);
		var scored = member(scenario, evaluator);
		var other = member(scenario, scenario.evaluators().get(1));

		var before = observe(scenario);
		assertThatThrownBy(() -> remove(scenario, scored, "Left the city administration last week.", null))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactly(
					new FieldProblem("member", "evaluation.panel.remove.submitted", List.of("Evaluator 1"))));
		for (var reason : List.of("", "Left.", "x".repeat(PanelRemoval.REASON_MAX_LENGTH + 1))) {
			assertThatThrownBy(() -> remove(scenario, other, reason, null)).isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems())
						.containsExactly(new FieldProblem("reason", "evaluation.panel.remove.reason",
								List.of(PanelRemoval.REASON_MIN_LENGTH, PanelRemoval.REASON_MAX_LENGTH))));
		}
		assertThatThrownBy(() -> remove(scenario, other, "Named a new chair for an evaluator.", scored.id()))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactly(
					new FieldProblem("newChair", "evaluation.panel.remove.new-chair-not-chair", List.of())));
		var stranger = new PanelMember(new PanelMemberId(UUID.randomUUID()), scenario.challenge().id(),
				"nobody@test.example", "Nobody", PanelRole.EVALUATOR, Language.ENGLISH, clock.instant(), null, null);
		assertThatThrownBy(() -> remove(scenario, stranger, "Nobody by that name is on it.", null))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("member", "evaluation.panel.remove.unknown", List.of())));
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesRemovingTheChairWithoutAMemberWhoJoinedAndHasNoConflictToTakeOver() {
		var chair = member(scenario, scenario.chair());
		var conflicted = scenario.evaluators().getFirst();
		declare(scenario, conflicted, scenario.companies().getFirst().id());
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> panels.invite(scenario.challenge().id(), "pending-" + UUID.randomUUID() + "@test.example",
						"Pending expert", PanelRole.EVALUATOR, Language.ENGLISH));
		var pending = bidding
			.as(scenario.agency().manager(), scenario.agency().id(), () -> panels.panel(scenario.challenge().id()))
			.members()
			.stream()
			.filter(member -> !member.hasJoined())
			.findFirst()
			.orElseThrow();
		var reason = "The chair is on leave until the spring.";

		var before = observe(scenario);
		assertThatThrownBy(() -> remove(scenario, chair, reason, null)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).containsExactly(
						new FieldProblem("newChair", "evaluation.panel.remove.new-chair-required", List.of())));
		assertThatThrownBy(() -> remove(scenario, chair, reason, member(scenario, conflicted).id()))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).containsExactly(new FieldProblem("newChair",
							"evaluation.panel.remove.new-chair-conflict", List.of("Evaluator 1"))));
		assertThatThrownBy(() -> remove(scenario, chair, reason, pending.id())).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).containsExactly(new FieldProblem("newChair",
						"evaluation.panel.remove.new-chair-not-joined", List.of("Pending expert"))));
		assertThatThrownBy(() -> remove(scenario, chair, reason, chair.id()))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("newChair", "evaluation.panel.remove.new-chair-unknown", List.of())));
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void refusesChangingThePanelAfterTheDecision() {
		everythingScoredAndAgreed();
		var top = as(scenario.chair(), () -> query.ranking(scenario.challenge().id())).proposedWinners();
		as(scenario.chair(), () -> awards.proposeAward(scenario.challenge().id(), top, null));
		var evaluator = member(scenario, scenario.evaluators().getFirst());

		var before = observe(scenario);
		assertThatThrownBy(() -> remove(scenario, evaluator, "Too late to change anything now.", null))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("challenge", "evaluation.panel.not-open", List.of())));
		assertThatThrownBy(() -> bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> panels.invite(scenario.challenge().id(), "too-late@test.example", "Too late", PanelRole.EVALUATOR,
						Language.ENGLISH)))
			.isInstanceOf(InvalidInput.class);
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void showsEvaluatorsOnlyThePanelsTheyAreOn() {
		var outsider = bidding.person("outsider", Language.ENGLISH, false);

		assertThat(as(outsider, () -> query.todo())).isEmpty();
		assertThatThrownBy(() -> as(outsider, () -> panels.panel(scenario.challenge().id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(outsider, () -> evaluations.bidders(scenario.challenge().id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(outsider, () -> query.progress(scenario.challenge().id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(scenario.evaluators().getFirst(), () -> query.todo())).singleElement()
			.satisfies(task -> assertThat(task.challenge()).isEqualTo(scenario.challenge().id()));
	}

	private void everythingScoredAndAgreed() {
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
			for (var proposal : scenario.proposals()) {
				score(scenario, evaluator, proposal, 4, 3);
			}
		}
		scenario.proposals().forEach(proposal -> consensusAtMean(scenario, proposal));
	}

}
