package org.pilotbridge.evaluation;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The panel waits for the opening: from the deadline on the challenge is closed for
 * everyone, but during the opening delay, while changes received in time may still be
 * recorded, the chair cannot start the evaluation, the panel cannot list the bidders or
 * declare, and nobody reads a proposal.
 */
class EvaluationOpeningIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	ChallengeManagement challenges;

	@Autowired
	ProposalQuery proposals;

	@Test
	void thePanelCannotOpenTheProposalsDuringTheOpeningDelayAndCanAfter() {
		var scenario = fixtures.scenario();
		var challenge = scenario.challenge();
		var evaluator = scenario.evaluators().getFirst();
		clock.set(challenge.proposalsDeadline().plusSeconds(30));

		assertThatThrownBy(() -> as(scenario.chair(), () -> challenges.startEvaluation(challenge.id())))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("challenge.state.not-opened-yet"));
		for (var member : List.of(scenario.chair(), evaluator)) {
			assertThatThrownBy(() -> as(member, () -> evaluations.bidders(challenge.id()))).isInstanceOfSatisfying(
					InvalidInput.class, refused -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("challenge.state.not-opened-yet"));
			assertThatThrownBy(() -> as(member, () -> proposals.latest(scenario.proposals().getFirst())))
				.isInstanceOf(ProposalNotFound.class);
		}
		var noConflicts = scenario.companies()
			.stream()
			.collect(Collectors.toMap(company -> company.id(), company -> DeclarationInput.noConflict()));
		assertThatThrownBy(() -> as(evaluator, () -> evaluations.declare(challenge.id(), noConflicts)))
			.isInstanceOf(InvalidInput.class);

		fixtures.close(scenario);

		assertThat(as(evaluator, () -> evaluations.bidders(challenge.id()))).hasSize(3);
		as(evaluator, () -> evaluations.declare(challenge.id(), noConflicts));
		assertThat(as(evaluator, () -> proposals.latest(scenario.proposals().getFirst())).version().number())
			.isEqualTo(1);
		assertThat(as(scenario.chair(), () -> query.todo()).getFirst().state())
			.isEqualTo(ChallengeState.UNDER_EVALUATION);
	}

}
