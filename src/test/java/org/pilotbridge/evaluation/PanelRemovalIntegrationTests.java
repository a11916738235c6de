package org.pilotbridge.evaluation;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The challenge's managers remove panel members who have not submitted scores: the member
 * loses access at once, in every service; their drafts are discarded and the consensus no
 * longer waits for them; the removal is audited, in the report and mailed to the member.
 * The chair is replaced by a member who goes on scoring.
 */
class PanelRemovalIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	ProposalQuery proposals;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	EvaluationLetters letters;

	TestEvaluation.Scenario scenario;

	ProposalId first;

	@BeforeEach
	void aClosedChallengeWithAPanel() {
		scenario = fixtures.scenario();
		fixtures.close(scenario);
		first = scenario.proposals().getFirst();
	}

	@Test
	void removesAnEvaluatorWhoLosesAccessAtOnceAndIsNoLongerAwaited() throws Exception {
		var e1 = scenario.evaluators().get(0);
		var e2 = scenario.evaluators().get(1);
		var leaving = scenario.evaluators().get(2);
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
		}
		for (var proposal : scenario.proposals()) {
			score(scenario, e1, proposal, 4, 3);
			score(scenario, e2, proposal, 2, 3);
		}
		as(leaving, () -> evaluations.saveDraft(first, scores(scenario, 5, 5)));
		assertThatThrownBy(() -> as(scenario.chair(), () -> query.consensusForm(first)))
			.as("the consensus waits for the third evaluator")
			.isInstanceOf(InvalidInput.class);
		TestMail.purge();

		remove(scenario, member(scenario, leaving), "Moved to another department and cannot finish.", null);

		assertThatThrownBy(() -> as(leaving, () -> evaluations.saveDraft(first, scores(scenario, 5, 5))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(leaving, () -> evaluations.submit(first, scores(scenario, 5, 5))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(leaving, () -> query.scoring(first))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(leaving, () -> query.scores(first))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(leaving, () -> evaluations.bidders(scenario.challenge().id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(leaving, () -> proposals.latest(first))).isInstanceOf(ProposalNotFound.class);
		assertThat(as(leaving, () -> query.todo())).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM evaluation_sheet WHERE person_id = ?")
			.param(leaving.id())
			.query(Long.class)
			.single()).as("the draft is discarded").isZero();

		assertThat(as(scenario.chair(), () -> query.consensusForm(first)).criteria().getFirst().scores())
			.extracting(EvaluationViews.IndividualScore::evaluator)
			.containsExactlyInAnyOrder(e1, e2);
		assertThat(as(scenario.chair(), () -> query.progress(scenario.challenge().id())).members())
			.extracting(progress -> progress.member().person())
			.doesNotContain(leaving);
		var removals = bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> panels.removals(scenario.challenge().id()));
		assertThat(removals).singleElement().satisfies(removal -> {
			assertThat(removal.member().person()).isEqualTo(leaving);
			assertThat(removal.reason()).isEqualTo("Moved to another department and cannot finish.");
			assertThat(removal.discardedDrafts()).isEqualTo(1);
			assertThat(removal.removedBy()).isEqualTo(scenario.agency().manager());
		});

		var mail = TestMail.awaitMail(directory.person(leaving).orElseThrow().email(),
				"You are no longer on the evaluation panel of " + scenario.challenge().reference());
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replace("=\r\n", ""))
			.contains("Moved to another department");
		awaitEvents();
		assertThat(auditTrail.entriesOf("challenge", scenario.challenge().id()))
			.filteredOn(entry -> entry.action().equals("evaluation.panel.removed"))
			.singleElement()
			.extracting(AuditEntry::details)
			.satisfies(details -> assertThat(details)
				.containsEntry("reason", "Moved to another department and cannot finish.")
				.containsEntry("discardedDrafts", "1")
				.containsEntry("role", "EVALUATOR"));
		var report = PdfAssertions.text(as(scenario.chair(), () -> letters.report(scenario.challenge().id())).pdf())
			.replaceAll("\\s+", " ");
		assertThat(report).contains("Removed from the panel", "Evaluator 3", "Moved to another department");
	}

	@Test
	void replacesTheChairByAMemberWhoGoesOnScoring() {
		var newChair = scenario.evaluators().getFirst();
		declare(scenario, newChair);
		TestMail.purge();

		remove(scenario, member(scenario, scenario.chair()), "The head of mobility takes over the evaluation.",
				member(scenario, newChair).id());

		var panel = as(newChair, () -> panels.panel(scenario.challenge().id()));
		assertThat(panel.chair()).hasValueSatisfying(chair -> {
			assertThat(chair.person()).isEqualTo(newChair);
			assertThat(chair.role()).isEqualTo(PanelRole.EVALUATING_CHAIR);
		});
		assertThat(panel.members()).extracting(PanelMember::person).doesNotContain(scenario.chair());
		score(scenario, newChair, first, 4, 4);
		assertThat(as(newChair, () -> query.progress(scenario.challenge().id())).proposals()).hasSize(3);
		assertThatThrownBy(() -> as(scenario.chair(), () -> awards.recordConsensus(first, List.of())))
			.as("the former chair no longer chairs")
			.isInstanceOf(AccessDeniedException.class);
		TestMail.awaitMail(directory.person(newChair).orElseThrow().email(),
				"You now chair the evaluation panel of " + scenario.challenge().reference());
	}

	@Test
	void withdrawsAnInvitationNobodyAcceptedSoThatItsLinkNoLongerWorks() {
		bidding.as(scenario.agency().manager(), scenario.agency().id(), () -> panels.invite(scenario.challenge().id(),
				"late-expert@test.example", "Late expert", PanelRole.EVALUATOR, Language.ENGLISH));
		var link = fixtures.invitationLink("late-expert@test.example");
		var token = link.substring(link.lastIndexOf('/') + 1);
		var invited = bidding
			.as(scenario.agency().manager(), scenario.agency().id(), () -> panels.panel(scenario.challenge().id()))
			.members()
			.stream()
			.filter(member -> member.email().equals("late-expert@test.example"))
			.findFirst()
			.orElseThrow();

		remove(scenario, invited, "Invited by mistake: the expert works for a bidder.", null);

		var someone = bidding.person("late-expert", Language.ENGLISH, false);
		assertThat(as(someone, () -> panels.invitation(token))).isEmpty();
		assertThatThrownBy(() -> as(someone, () -> panels.accept(token))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(problem -> problem.messageKey())
					.containsExactly("evaluation.invitation.unknown"));
		TestMail.awaitMail("late-expert@test.example",
				"You are no longer on the evaluation panel of " + scenario.challenge().reference());
	}

}
