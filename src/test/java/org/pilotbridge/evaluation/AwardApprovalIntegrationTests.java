package org.pilotbridge.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.evaluation.awards.AwardDetails;
import org.pilotbridge.identity.DecisionRules;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decision as an auditor would follow it: the chair proposes, an authorising officer
 * of the agency who is not on the panel approves (and only then are the bidders told and
 * the standstill period starts), a bidder asks for a review during the standstill period,
 * the decision waits until the managers answered, and a debriefing is asked for and
 * answered. Every refusal leaves everything as it was.
 */
class AwardApprovalIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	AwardApproval approval;

	@Autowired
	BidderRequests requests;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AwardDetails awardDetails;

	@Autowired
	EvaluationLetters letters;

	@Test
	void theOfficerApprovesThenTheBiddersAreToldAndAReviewHoldsTheDecisionUntilAnswered() throws Exception {
		var scenario = scored(fixtures.scenarioWithApproval(10));
		var challenge = scenario.challenge().id();
		var officer = scenario.agency().member();
		var top = top(scenario);
		TestMail.purge();

		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(top), null));

		var officerMail = directory.person(officer).orElseThrow().email();
		assertThat(TestMail.awaitMail(officerMail,
				"A decision on " + scenario.challenge().reference() + " awaits your approval"))
			.isNotNull();
		assertThat(decision(scenario).awaitsApproval()).isTrue();
		assertThat(decision(scenario).standstillEndsAt()).isNull();
		assertThat(lettersTo(scenario)).isEmpty();
		assertThat(as(officer, () -> approval.awaitingMyApproval())).extracting(c -> c.id()).contains(challenge);

		assertThat(awardDetails.decision(challenge)).as("nothing is published before the approval").isEmpty();
		// The winner who guesses the letter's address learns nothing before the approval
		// either: the decision may still be sent back.
		var winnerPerson = scenario.companies().get(scenario.proposals().indexOf(top)).member();
		assertThatThrownBy(() -> as(winnerPerson, () -> letters.letter(top))).isInstanceOf(ProposalNotFound.class);
		assertThat(letters.letterRecipients(challenge)).isEmpty();

		clock.advance(Duration.ofHours(2));
		as(officer, () -> approval.approve(challenge, true));

		var approved = decision(scenario);
		assertThat(awardDetails.decision(challenge).orElseThrow().decidedAt()).as("published as of the approval")
			.isEqualTo(clock.instant());
		assertThat(approved.approvedBy()).isEqualTo(officer);
		assertThat(approved.approvedAt()).isEqualTo(clock.instant());
		assertThat(approved.standstillEndsAt()).isEqualTo(clock.instant().plus(Duration.ofDays(10)));
		awaitEvents(); // the audit trail records the events after the commit
		assertThat(auditTrail.entriesOf("challenge", challenge))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("evaluation.approved"));
		var bidderMail = submitterEmail(scenario, 1);
		assertThat(TestMail.awaitMail(bidderMail, "Outcome of your proposal for " + scenario.challenge().reference()))
			.isNotNull();
		assertThat(as(winnerPerson, () -> letters.letter(top)).pdf()).isNotEmpty();

		// A losing bidder asks for a review during the standstill period.
		var loser = scenario.proposals().get(1);
		var loserPerson = scenario.companies().get(1).member();
		assertThat(as(loserPerson, () -> requests.decision(loser)).mayRequestReview()).isTrue();
		as(loserPerson, () -> requests.requestReview(loser,
				"The panel scored our team on references we did not give; see our annex 2."));
		assertThatThrownBy(() -> as(loserPerson,
				() -> requests.requestReview(loser, "A second request with other reasons, much later.")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.review.already-filed");

		// The standstill period ends, but the decision waits for the answer.
		clock.advance(Duration.ofDays(11));
		finalisation.finaliseDue();
		assertThat(state(scenario)).isEqualTo(ChallengeState.UNDER_EVALUATION);
		assertThat(decision(scenario).isFinal()).isFalse();

		var review = as(scenario.agency().manager(), () -> approval.overview(challenge)).reviews().getFirst();
		as(scenario.agency().manager(), () -> requests.answerReview(review.id(),
				"The panel read annex 2 again; the team score stands for the reasons in your letter."));

		assertThat(state(scenario)).isEqualTo(ChallengeState.AWARDED);
		assertThat(as(loserPerson, () -> requests.decision(loser)).review().answer()).startsWith("The panel read");
		var loserMail = directory.person(loserPerson).orElseThrow().email();
		assertThat(TestMail.awaitMail(loserMail,
				"Your request for review about " + scenario.challenge().reference() + " is answered"))
			.isNotNull();
	}

	@Test
	void nobodyApprovesTheirOwnDecisionNorWithoutTheRoleNorWithoutDeclaring() {
		var scenario = scored(fixtures.scenarioWithApproval(10));
		var challenge = scenario.challenge().id();
		var top = top(scenario);
		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(top), null));
		// The chair is the agency's manager: made an authorising officer too, still not
		// for a decision of their own.
		bidding.as(scenario.agency().manager(), scenario.agency().id(), () -> organisations
			.appointAuthorisingOfficer(scenario.agency().id(), scenario.agency().manager(), true));

		assertThatThrownBy(() -> as(scenario.chair(), () -> approval.approve(challenge, true)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.approval.own-decision");
		assertThatThrownBy(() -> as(scenario.evaluators().getFirst(), () -> approval.approve(challenge, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(scenario.companies().getFirst().owner(), () -> approval.approve(challenge, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(scenario.agency().member(), () -> approval.approve(challenge, false)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.approval.declaration-required");

		assertThat(decision(scenario).awaitsApproval()).isTrue();
		assertThat(state(scenario)).isEqualTo(ChallengeState.UNDER_EVALUATION);
		awaitEvents(); // the audit trail records the events after the commit
		assertThat(auditTrail.entriesOf("challenge", challenge))
			.noneSatisfy(entry -> assertThat(entry.action()).isEqualTo("evaluation.approved"));
		// Before the letters, a bidder sees no decision and can ask nothing.
		var bidder = scenario.companies().get(1).member();
		assertThat(as(bidder, () -> requests.decision(scenario.proposals().get(1))).decision()).isNull();
		assertThatThrownBy(() -> as(bidder,
				() -> requests.requestReview(scenario.proposals().get(1),
						"We ask for a review before anything was decided.")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.review.not-in-standstill");
	}

	@Test
	void anOfficerWhoSitsOnThePanelCannotApproveItsDecision() {
		var scenario = fixtures.scenarioWithApproval(10);
		var officer = scenario.agency().member();
		fixtures.join(scenario.agency(), scenario.challenge(), officer, "The officer", PanelRole.EVALUATOR);
		scored(scenario, officer);
		var challenge = scenario.challenge().id();
		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(top(scenario)), null));

		assertThatThrownBy(() -> as(officer, () -> approval.approve(challenge, true))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.approval.on-panel");
		assertThatThrownBy(() -> as(officer,
				() -> approval.sendBack(challenge, "I would rather the panel looked at the price again.")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.approval.on-panel");
		assertThat(decision(scenario).awaitsApproval()).isTrue();
		assertThat(as(officer, () -> approval.overview(challenge)).mayApprove()).isFalse();
	}

	@Test
	void upholdingAReviewWithdrawsTheDecisionBeforeItComesIntoForceAndTheChairDecidesAgain() {
		var scenario = scored(fixtures.scenarioWithApproval(10));
		var challenge = scenario.challenge().id();
		var officer = scenario.agency().member();
		var manager = scenario.agency().manager();
		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(top(scenario)), null));
		as(officer, () -> approval.approve(challenge, true));
		var second = scenario.proposals().get(1);
		var secondPerson = scenario.companies().get(1).member();
		var third = scenario.proposals().get(2);
		var thirdPerson = scenario.companies().get(2).member();
		as(secondPerson, () -> requests.requestReview(second,
				"The panel scored our team on references we did not give; see our annex 2."));
		as(thirdPerson, () -> requests.requestReview(third,
				"Our price was read excluding the licence, which the form asked us to include."));
		var reviews = as(manager, () -> approval.overview(challenge)).reviews();
		var review = reviews.stream().filter(r -> r.proposal().equals(second)).findFirst().orElseThrow();
		TestMail.purge();

		// Refusals change nothing: a bidder or the chair cannot uphold, nor a manager
		// without a reason.
		assertThatThrownBy(() -> as(secondPerson,
				() -> requests.upholdReview(review.id(),
						"We uphold our own request, obviously, and withdraw the decision.")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(manager, () -> requests.upholdReview(review.id(), "Yes.")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.request.text-length");
		assertThat(decision(scenario).approvedAt()).isNotNull();
		assertThat(as(manager, () -> approval.overview(challenge)).reviews()).noneMatch(ReviewRequest::isAnswered);

		as(manager, () -> requests.upholdReview(review.id(),
				"The team score relied on references the company did not give: the chair decides again."));

		var overview = as(officer, () -> approval.overview(challenge));
		assertThat(overview.decision()).as("withdrawn").isNull();
		assertThat(overview.returned()).singleElement().satisfies(returned -> {
			assertThat(returned.cause()).isEqualTo(ReturnedDecision.Cause.WITHDRAWN_AFTER_REVIEW);
			assertThat(returned.returnedBy()).isEqualTo(manager);
			assertThat(returned.reason()).startsWith("The team score relied");
		});
		assertThat(overview.reviews()).as("every open request answered by the withdrawal")
			.allSatisfy(r -> assertThat(r.upheld()).isTrue());
		awaitEvents(); // the audit trail records the events after the commit
		assertThat(auditTrail.entriesOf("challenge", challenge))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("evaluation.withdrawn"));
		assertThat(TestMail.awaitMail(submitterEmail(scenario, 1),
				"Your request for review about " + scenario.challenge().reference() + " is upheld"))
			.isNotNull();
		assertThat(TestMail.awaitMail(submitterEmail(scenario, 0),
				"The decision on " + scenario.challenge().reference() + " is withdrawn"))
			.as("the bidder the decision favoured is told too")
			.isNotNull();
		assertThat(TestMail.awaitMail(directory.person(scenario.chair()).orElseThrow().email(),
				"The decision on " + scenario.challenge().reference() + " was withdrawn after a review"))
			.isNotNull();
		assertThatThrownBy(() -> as(manager,
				() -> requests.upholdReview(review.id(), "Upholding the same request a second time, later that day.")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.review.decision-in-force");

		// The standstill period of the withdrawn decision ends: nothing comes into force.
		clock.advance(Duration.ofDays(11));
		finalisation.finaliseDue();
		assertThat(state(scenario)).isEqualTo(ChallengeState.UNDER_EVALUATION);

		// The chair decides again; once approved, a bidder may ask for a review of the
		// new
		// decision.
		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(second),
				"After the review, the team of the second company scores as high as the first one's."));
		as(officer, () -> approval.approve(challenge, true));
		assertThat(as(secondPerson, () -> requests.decision(second))).satisfies(view -> {
			assertThat(view.awarded()).isTrue();
			assertThat(view.review()).as("the request about the withdrawn decision is not this one's").isNull();
		});
		var first = scenario.proposals().getFirst();
		as(scenario.companies().getFirst().member(), () -> requests.requestReview(first,
				"Our team was scored on the same references as before; nothing changed in our proposal."));
		assertThat(as(manager, () -> approval.overview(challenge)).reviews()).hasSize(3);
	}

	@Test
	void aReviewCannotBeUpheldOnceTheDecisionIsInForce() {
		var scenario = scored(fixtures.scenarioWithApproval(10));
		var challenge = scenario.challenge().id();
		var manager = scenario.agency().manager();
		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(top(scenario)), null));
		as(scenario.agency().member(), () -> approval.approve(challenge, true));
		var second = scenario.proposals().get(1);
		as(scenario.companies().get(1).member(), () -> requests.requestReview(second,
				"The panel scored our team on references we did not give; see our annex 2."));
		var review = as(manager, () -> approval.overview(challenge)).reviews().getFirst();
		clock.advance(Duration.ofDays(11));
		as(manager, () -> requests.answerReview(review.id(),
				"The panel read annex 2 again; the team score stands for the reasons in your letter."));
		assertThat(state(scenario)).isEqualTo(ChallengeState.AWARDED);

		assertThatThrownBy(() -> as(manager,
				() -> requests.upholdReview(review.id(),
						"On second thoughts we would like to withdraw the decision after all.")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.review.decision-in-force");
		assertThat(state(scenario)).isEqualTo(ChallengeState.AWARDED);
		assertThat(decision(scenario).isFinal()).isTrue();
		assertThat(as(manager, () -> approval.overview(challenge)).returned()).isEmpty();
	}

	@Test
	void aDecisionSentBackLetsTheChairProposeAgain() {
		var scenario = scored(fixtures.scenarioWithApproval(0));
		var challenge = scenario.challenge().id();
		var officer = scenario.agency().member();
		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(top(scenario)), null));

		assertThatThrownBy(() -> as(officer, () -> approval.sendBack(challenge, "No.")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.approval.reason-required");
		assertThat(decision(scenario).awaitsApproval()).isTrue();

		as(officer, () -> approval.sendBack(challenge, "Explain why the price criterion weighs 40 here."));

		var overview = as(officer, () -> approval.overview(challenge));
		assertThat(overview.decision()).isNull();
		assertThat(overview.returned()).singleElement()
			.satisfies(returned -> assertThat(returned.reason()).contains("price criterion"));
		var chairMail = directory.person(scenario.chair()).orElseThrow().email();
		assertThat(
				TestMail.awaitMail(chairMail, "The decision on " + scenario.challenge().reference() + " was sent back"))
			.isNotNull();

		as(scenario.chair(), () -> awards.proposeNoAward(challenge,
				"No proposal keeps pupils’ data in the EU, as the constraints require."));
		as(officer, () -> approval.approve(challenge, true));
		// Without a standstill period, the approval brings the decision into force.
		assertThat(state(scenario)).isEqualTo(ChallengeState.NO_AWARD);
	}

	@Test
	void anAgencyThatWantsApprovalButHasNoOfficerIsToldSoAndNothingIsRecorded() {
		var scenario = scored(fixtures.scenarioWithApproval(0));
		bidding.as(scenario.agency().manager(), scenario.agency().id(), () -> organisations
			.appointAuthorisingOfficer(scenario.agency().id(), scenario.agency().member(), false));

		assertThatThrownBy(() -> as(scenario.chair(),
				() -> awards.proposeAward(scenario.challenge().id(), List.of(top(scenario)), null)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.decision.no-authorising-officer");
		assertThat(as(scenario.chair(), () -> query.ranking(scenario.challenge().id())).decision()).isNull();
	}

	@Test
	void aBidderAsksForADebriefingAndOnlyTheManagersAnswer() {
		// Without a standstill period: a debriefing may be asked for after it, too.
		var scenario = scored(fixtures.scenario());
		var challenge = scenario.challenge().id();
		as(scenario.chair(), () -> awards.proposeAward(challenge, List.of(top(scenario)), null));
		var proposal = scenario.proposals().get(2);
		var bidder = scenario.companies().get(2).member();
		var stranger = scenario.companies().get(1).member();

		assertThatThrownBy(() -> as(stranger, () -> requests.decision(proposal))).isInstanceOf(ProposalNotFound.class);
		assertThatThrownBy(() -> as(stranger,
				() -> requests.askDebriefing(proposal, "We would like to hear why they lost, please.")))
			.isInstanceOf(ProposalNotFound.class);

		as(bidder, () -> requests.askDebriefing(proposal, "Could we meet to understand the team score?"));
		var debriefing = as(scenario.agency().manager(), () -> approval.overview(challenge)).debriefings().getFirst();

		assertThatThrownBy(() -> as(scenario.evaluators().getFirst(),
				() -> requests.answerDebriefing(debriefing.id(), clock.instant().plus(Duration.ofDays(3)), null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(scenario.agency().manager(),
				() -> requests.answerDebriefing(debriefing.id(), clock.instant().minus(Duration.ofDays(1)), null)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("evaluation.debriefing.meeting-past");
		assertThat(as(bidder, () -> requests.decision(proposal)).debriefing().isAnswered()).isFalse();

		var meeting = clock.instant().plus(Duration.ofDays(3));
		as(scenario.agency().manager(), () -> requests.answerDebriefing(debriefing.id(), meeting, null));
		assertThat(as(bidder, () -> requests.decision(proposal)).debriefing().meetingAt()).isEqualTo(meeting);
	}

	@Test
	void theAgencysRulesAreSetByItsAdministratorsOnly() {
		var agency = bidding.agency();
		assertThat(directory.decisionRules(agency.id())).isEqualTo(DecisionRules.DEFAULT);

		assertThatThrownBy(() -> bidding.as(agency.member(), agency.id(),
				() -> organisations.setDecisionRules(agency.id(), new DecisionRules(false, false, 0))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> bidding.as(agency.member(), agency.id(),
				() -> organisations.appointAuthorisingOfficer(agency.id(), agency.member(), true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> bidding.as(agency.manager(), agency.id(),
				() -> organisations.setDecisionRules(agency.id(), new DecisionRules(true, false, 61))))
			.isInstanceOf(InvalidInput.class);
		assertThat(directory.decisionRules(agency.id())).isEqualTo(DecisionRules.DEFAULT);
		assertThat(directory.isAuthorisingOfficer(agency.member(), agency.id())).isFalse();

		bidding.as(agency.manager(), agency.id(),
				() -> organisations.appointAuthorisingOfficer(agency.id(), agency.member(), true));
		assertThat(directory.authorisingOfficers(agency.id())).containsExactly(agency.member());
	}

	/**
	 * Closes the scenario's challenge; every evaluator (and the other members given)
	 * declares and scores; the chair records the consensus.
	 */
	private TestEvaluation.Scenario scored(TestEvaluation.Scenario scenario, PersonId... otherMembers) {
		fixtures.close(scenario);
		var points = new int[][] { { 5, 4 }, { 3, 3 }, { 2, 2 } };
		var scoring = new ArrayList<>(scenario.evaluators());
		scoring.addAll(List.of(otherMembers));
		for (var evaluator : scoring) {
			declare(scenario, evaluator);
			for (var i = 0; i < scenario.proposals().size(); i++) {
				score(scenario, evaluator, scenario.proposals().get(i), points[i]);
			}
		}
		scenario.proposals().forEach(proposal -> consensusAtMean(scenario, proposal));
		return scenario;
	}

	private ProposalId top(TestEvaluation.Scenario scenario) {
		return as(scenario.chair(), () -> query.ranking(scenario.challenge().id())).lines()
			.getFirst()
			.ranked()
			.proposal();
	}

	private Decision decision(TestEvaluation.Scenario scenario) {
		return as(scenario.chair(), () -> query.ranking(scenario.challenge().id())).decision();
	}

	private ChallengeState state(TestEvaluation.Scenario scenario) {
		return challenges.challenge(scenario.challenge().id()).orElseThrow().state();
	}

	private String submitterEmail(TestEvaluation.Scenario scenario, int index) {
		return directory.person(scenario.companies().get(index).member()).orElseThrow().email();
	}

	private List<String> lettersTo(TestEvaluation.Scenario scenario) {
		return scenario.companies()
			.stream()
			.map(company -> directory.person(company.member()).orElseThrow().email())
			.flatMap(email -> TestMail.to(email).stream())
			.map(TestMail::subject)
			.filter(subject -> subject.startsWith("Outcome of your proposal"))
			.toList();
	}

}
