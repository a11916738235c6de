package org.pilotbridge.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.access.AccessDeniedException;

import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may sit on a panel, told as the attacks it stops: a bidder's owner who got hold of
 * an expert's invitation link cannot join the panel with it; someone whose provider
 * merely claims the invited address cannot either; the expert joins, once.
 */
class PanelIndependenceIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ProposalQuery proposals;

	@Autowired
	EvaluationLetters letters;

	TestEvaluation.Scenario scenario;

	@BeforeEach
	void aPublishedChallengeWithBiddersAndAPanel() {
		scenario = fixtures.scenario();
	}

	@Test
	void aBiddersOwnerHoldingAnExpertsLinkCannotJoinAndOnlyTheExpertJoinsOnce() {
		var expert = bidding.person("expert", Language.ENGLISH, false);
		var token = invite(expert);
		var bidder = scenario.companies().getFirst().owner();
		var before = observe(scenario);

		var preview = as(bidder, () -> panels.invitation(token)).orElseThrow();
		assertThat(preview.addressedToYou()).isFalse();
		assertThat(preview.maskedEmail()).isEqualTo("e…@test.example");
		assertThatThrownBy(() -> as(bidder, () -> panels.accept(token))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.messageKey()).isEqualTo("evaluation.invitation.other-address");
					assertThat(problem.arguments()).containsExactly("e…@test.example");
				}));

		assertThat(observe(scenario)).as("nothing changed").isEqualTo(before);
		assertThat(auditTrail.entriesOf("challenge", scenario.challenge().id())).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("evaluation.invitation.refused");
			assertThat(entry.actor()).isEqualTo("person:" + bidder);
		});

		assertThat(as(expert, () -> panels.invitation(token)).orElseThrow().addressedToYou()).isTrue();
		assertThat(as(expert, () -> panels.accept(token))).isEqualTo(scenario.challenge().id());
		assertThat(member(scenario, expert).hasJoined()).isTrue();
		assertThatThrownBy(() -> as(expert, () -> panels.accept(token))).as("the link works once")
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().getFirst().messageKey())
						.isEqualTo("evaluation.invitation.used"));
	}

	@Test
	void anAddressTheProviderDidNotVouchForDoesNotJoinThePanel() {
		var expert = bidding.person("expert", Language.ENGLISH, false);
		var token = invite(expert);
		// As if the expert's last sign-in went through a provider that did not say it
		// checked the address.
		jdbc.sql("UPDATE person SET email_verified = FALSE WHERE id = ?").param(expert.id()).update();
		var before = observe(scenario);

		assertThatThrownBy(() -> as(expert, () -> panels.accept(token))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems().getFirst().messageKey())
					.isEqualTo("evaluation.invitation.other-address"));
		assertThat(observe(scenario)).isEqualTo(before);

		jdbc.sql("UPDATE person SET email_verified = TRUE WHERE id = ?").param(expert.id()).update();
		assertThat(as(expert, () -> panels.accept(token))).isEqualTo(scenario.challenge().id());
	}

	@Test
	void membersOfACompanyThatStartedOrSubmittedAProposalCannotJoinThePanel() {
		var bidder = scenario.companies().getFirst();
		// A company that started a proposal and never submitted it takes part too.
		var drafting = bidding.company(scenario.agency(), Language.ENGLISH);
		bidding.proposal(drafting, scenario.challenge(), bidding.complete(scenario.challenge()));

		for (var person : java.util.List.of(bidder.owner(), bidder.member(), drafting.owner())) {
			var token = invite(person);
			var before = observe(scenario);
			assertThatThrownBy(() -> as(person, () -> panels.accept(token))).isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems()).singleElement().satisfies(problem -> {
						assertThat(problem.messageKey()).isEqualTo("evaluation.invitation.bidding-company");
						assertThat(problem.arguments())
							.containsExactly(person.equals(drafting.owner()) ? drafting.name() : bidder.name());
					}));
			assertThat(observe(scenario)).as("nothing changed").isEqualTo(before);
		}
		assertThat(auditTrail.entriesOf("challenge", scenario.challenge().id()))
			.filteredOn(entry -> entry.action().equals("evaluation.invitation.refused"))
			.extracting(entry -> entry.details().get("reason"))
			.containsOnly("bidding-company")
			.hasSize(3);
	}

	@Test
	void aMemberWhoJoinsABiddingCompanyIsShutOutAtOnceAndRemovedAtTheClose() throws Exception {
		var insider = scenario.evaluators().getFirst();
		var bidder = scenario.companies().get(1);
		joinCompany(insider, bidder);

		assertThatThrownBy(() -> as(insider, () -> panels.panel(scenario.challenge().id()))).as("shut out at once")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(insider, () -> query.todo())).isEmpty();
		awaitEvents();
		assertThat(member(scenario, insider).hasJoined())
			.as("before the deadline nobody is told: the agency must not learn who bids")
			.isTrue();

		fixtures.close(scenario);
		awaitEvents();

		assertThat(panelOf(scenario).members()).extracting(PanelMember::person).doesNotContain(insider);
		assertThat(jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE recipient = ? AND template = ?")
			.params(directory.person(insider).orElseThrow().email(), "evaluation-started")
			.query(Long.class)
			.single()).as("not told the evaluation started").isZero();
		var removals = bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> panels.removals(scenario.challenge().id()));
		assertThat(removals).singleElement().satisfies(removal -> {
			assertThat(removal.member().person()).isEqualTo(insider);
			assertThat(removal.cause()).isEqualTo(RemovalCause.BIDDING_COMPANY);
			assertThat(removal.biddingCompany()).isEqualTo(bidder.name());
			assertThat(removal.removedBy()).as("removed by the system").isNull();
		});
		assertThat(auditTrail.entriesOf("challenge", scenario.challenge().id()))
			.filteredOn(entry -> entry.action().equals("evaluation.panel.bidder-removed"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo("system");
				assertThat(entry.details()).containsEntry("person", insider.toString())
					.containsEntry("company", bidder.id().toString());
			});
		assertThatThrownBy(() -> as(insider, () -> evaluations.bidders(scenario.challenge().id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(insider, () -> proposals.latest(scenario.proposals().getFirst())))
			.as("a competitor's proposal stays out of reach")
			.isInstanceOf(ProposalNotFound.class);
		var reference = scenario.challenge().reference();
		assertThat(TestMail.awaitMail(directory.person(insider).orElseThrow().email(),
				"You are no longer on the evaluation panel of " + reference))
			.isNotNull();
		assertThat(body(TestMail.awaitMail(directory.person(scenario.chair()).orElseThrow().email(),
				"A member of a bidding company was removed from the panel of " + reference)))
			.contains("Evaluator 1", bidder.name());
	}

	@Test
	void aMemberWhoJoinsABiddingCompanyDuringTheEvaluationIsRemovedAndTheirScoresStopCounting() {
		fixtures.close(scenario);
		var proposal = scenario.proposals().getFirst();
		var insider = scenario.evaluators().get(2);
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
		}
		score(scenario, scenario.evaluators().get(0), proposal, 2, 2);
		score(scenario, scenario.evaluators().get(1), proposal, 2, 2);
		score(scenario, insider, proposal, 5, 5);
		consensusAtMean(scenario, proposal);
		awaitEvents();
		var bidder = scenario.companies().get(1);

		joinCompany(insider, bidder);

		assertThatThrownBy(() -> as(insider, () -> proposals.latest(scenario.proposals().get(2))))
			.as("shut out at once, removed or not yet")
			.isInstanceOf(ProposalNotFound.class);
		awaitEvents();
		assertThat(panelOf(scenario).members()).extracting(PanelMember::person).doesNotContain(insider);
		var form = as(scenario.chair(), () -> query.consensusForm(proposal));
		assertThat(form.criteria()).allSatisfy(criterion -> {
			assertThat(criterion.scores()).extracting(EvaluationViews.IndividualScore::evaluator)
				.as("the insider's scores no longer count")
				.doesNotContain(insider);
			assertThat(criterion.mean()).isEqualTo(2);
			assertThat(criterion.consensus()).as("the consensus that rested on them is withdrawn").isNull();
		});
		var report = PdfAssertions.text(as(scenario.chair(), () -> letters.report(scenario.challenge().id())).pdf())
			.replaceAll("\\s+", " ");
		assertThat(report).contains("Evaluator 3 (removed, not counted)", "Member of " + bidder.name());

		// Leaving the company again does not bring them back onto this panel.
		bidding.as(bidder.owner(), bidder.id(), () -> organisations.removeMember(bidder.id(), insider));
		var token = invite(insider);
		var before = observe(scenario);
		assertThatThrownBy(() -> as(insider, () -> panels.accept(token))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems().getFirst().messageKey())
					.isEqualTo("evaluation.invitation.removed-as-bidder"));
		assertThat(observe(scenario)).isEqualTo(before);
	}

	@Test
	void anEvaluatorWhoJoinsTheWinnerAfterTheDecisionNoLongerReadsTheCompetitorsProposals() {
		fixtures.close(scenario);
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
			for (var proposal : scenario.proposals()) {
				score(scenario, evaluator, proposal, 4, 3);
			}
		}
		scenario.proposals().forEach(proposal -> consensusAtMean(scenario, proposal));
		as(scenario.chair(), () -> awards.proposeAward(scenario.challenge().id(),
				as(scenario.chair(), () -> query.ranking(scenario.challenge().id())).proposedWinners(), null));
		var evaluator = scenario.evaluators().getFirst();
		var competitor = scenario.proposals().get(2);
		assertThat(as(evaluator, () -> proposals.latest(competitor))).isNotNull();

		joinCompany(evaluator, scenario.companies().getFirst());

		assertThatThrownBy(() -> as(evaluator, () -> proposals.latest(competitor)))
			.isInstanceOf(ProposalNotFound.class);
		awaitEvents();
		assertThat(panelOf(scenario).members()).as("after the decision the panel is part of the record")
			.extracting(PanelMember::person)
			.contains(evaluator);
	}

	@Test
	void aDeclarationThatLeavesACompanyUndecidedIsRefusedAtThatCompanyAndRecordsNothing() {
		fixtures.close(scenario);
		var evaluator = scenario.evaluators().getFirst();
		var undecided = scenario.companies().get(1);
		var bidders = as(evaluator, () -> evaluations.bidders(scenario.challenge().id()));
		var before = observe(scenario);

		for (var omitted : java.util.List.of(true, false)) {
			var inputs = new java.util.HashMap<OrganisationId, DeclarationInput>();
			bidders.forEach(bidder -> inputs.put(bidder.company(), DeclarationInput.noConflict()));
			if (omitted) {
				inputs.remove(undecided.id());
			}
			else {
				inputs.put(undecided.id(), DeclarationInput.undecided());
			}
			assertThatThrownBy(() -> as(evaluator, () -> evaluations.declare(scenario.challenge().id(), inputs)))
				.isInstanceOfSatisfying(InvalidInput.class,
						invalid -> assertThat(invalid.problems()).singleElement().satisfies(problem -> {
							assertThat(problem.field()).isEqualTo("declarations." + undecided.id());
							assertThat(problem.messageKey()).isEqualTo("evaluation.declaration.missing");
							assertThat(problem.arguments()).containsExactly(undecided.name());
						}));
		}
		assertThat(observe(scenario)).isEqualTo(before);
		assertThat(as(evaluator, () -> query.declarationForm(scenario.challenge().id())).isDeclared()).isFalse();
	}

	@Test
	void aMemberRemovedAndInvitedAgainDeclaresAfreshWhileTheOldDeclarationsStayOnTheRecord() {
		fixtures.close(scenario);
		var returning = scenario.evaluators().getFirst();
		var first = scenario.proposals().getFirst();
		var second = scenario.proposals().get(1);
		declare(scenario, returning, scenario.companies().getFirst().id());
		remove(scenario, member(scenario, returning), "Off sick for a month, back later.", null);

		var token = invite(returning);
		as(returning, () -> panels.accept(token));

		assertThatThrownBy(() -> as(returning, () -> proposals.latest(second)))
			.as("the old declaration admits them to nothing")
			.isInstanceOf(ProposalNotFound.class);
		assertThatThrownBy(() -> as(returning, () -> query.scoring(second))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems().getFirst().messageKey())
					.isEqualTo("evaluation.declare-first"));
		assertThat(as(returning, () -> query.declarationForm(scenario.challenge().id())).isDeclared()).isFalse();

		declare(scenario, returning);

		assertThat(as(returning, () -> proposals.latest(second))).isNotNull();
		assertThat(as(returning, () -> query.scoring(second)).proposal()).isEqualTo(second);
		assertThatThrownBy(() -> as(returning, () -> query.scoring(first)))
			.as("a conflict once declared is not lifted by a later declaration")
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().getFirst().messageKey()).isEqualTo("evaluation.recused"));
		assertThatThrownBy(() -> as(returning, () -> proposals.latest(first))).isInstanceOf(ProposalNotFound.class);
		assertThat(jdbc.sql("SELECT count(*) FROM evaluation_declaration WHERE person_id = ?")
			.param(returning.id())
			.query(Long.class)
			.single()).as("both declarations are on the record").isEqualTo(2L * scenario.proposals().size());
		var report = PdfAssertions.text(as(scenario.chair(), () -> letters.report(scenario.challenge().id())).pdf())
			.replaceAll("\\s+", " ");
		assertThat(report).contains("Evaluator 1 (declared in an earlier seat on the panel)",
				"I advised this company last year.");
	}

	@Test
	void aChairWhoDeclaredAConflictNeitherSeesNorRecordsThatProposalAndADesignatedStandInDoes() {
		fixtures.close(scenario);
		var chair = scenario.chair();
		var recusedFrom = scenario.proposals().getFirst();
		declare(scenario, chair, scenario.companies().getFirst().id());
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
			for (var proposal : scenario.proposals()) {
				score(scenario, evaluator, proposal, 4, 3);
			}
		}
		var inputs = scenario.qualitative()
			.stream()
			.map(criterion -> new ConsensusInput(criterion.id(), 5, "The chair would like this company to win it all.",
					"The chair says so."))
			.toList();
		var before = observe(scenario);

		assertThatThrownBy(() -> as(chair, () -> awards.recordConsensus(recusedFrom, inputs)))
			.as("the attack: the conflicted chair records the consensus on that proposal")
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().getFirst().messageKey())
						.isEqualTo("evaluation.consensus.chair-recused"));
		assertThatThrownBy(() -> as(chair, () -> query.consensusForm(recusedFrom))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> as(chair, () -> query.scores(recusedFrom))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> bidding.as(chair, scenario.agency().id(), () -> proposals.latest(recusedFrom)))
			.as("not even through the right of the challenge's managers")
			.isInstanceOf(ProposalNotFound.class);
		assertThat(observe(scenario)).as("nothing changed").isEqualTo(before);

		scenario.proposals()
			.stream()
			.filter(proposal -> !proposal.equals(recusedFrom))
			.forEach(proposal -> consensusAtMean(scenario, proposal));
		var standIn = member(scenario, scenario.evaluators().getFirst());
		assertThatThrownBy(() -> bidding.as(chair, scenario.agency().id(),
				() -> panels.designateStandIn(scenario.challenge().id(), standIn.id())))
			.as("a recused manager does not choose who acts for them")
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().getFirst().messageKey())
						.isEqualTo("evaluation.stand-in.designator-recused"));
		var colleague = scenario.agency().member();
		bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> organisations.changeRole(scenario.agency().id(), colleague, MembershipRole.CHALLENGE_MANAGER));
		bidding.as(colleague, scenario.agency().id(),
				() -> panels.designateStandIn(scenario.challenge().id(), standIn.id()));
		TestMail.awaitMail(directory.person(standIn.person()).orElseThrow().email(),
				"You stand in for the chair of the evaluation panel of " + scenario.challenge().reference());

		as(standIn.person(), () -> {
			var form = query.consensusForm(recusedFrom);
			awards.recordConsensus(recusedFrom,
					form.criteria()
						.stream()
						.map(criterion -> new ConsensusInput(criterion.criterion().id(), criterion.mean(),
								"The panel found " + criterion.criterion().name() + " sound at " + criterion.mean()
										+ " points.",
								""))
						.toList());
		});
		var chairsRanking = as(chair, () -> query.ranking(scenario.challenge().id()));
		assertThat(chairsRanking.lines()).extracting(line -> line.ranked().proposal()).doesNotContain(recusedFrom);
		assertThat(chairsRanking.hiddenRecused()).isEqualTo(1);
		assertThat(chairsRanking.mayDecide()).isFalse();
		assertThatThrownBy(() -> as(chair,
				() -> awards.proposeNoAward(scenario.challenge().id(),
						"No proposal convinces the chair of this panel.")))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.problems().getFirst().messageKey())
						.isEqualTo("evaluation.decision.chair-recused"));
		var standInsRanking = as(standIn.person(), () -> query.ranking(scenario.challenge().id()));
		assertThat(standInsRanking.mayDecide()).isTrue();
		as(standIn.person(),
				() -> awards.proposeAward(scenario.challenge().id(), standInsRanking.proposedWinners(), null));

		var report = PdfAssertions
			.text(as(scenario.agency().manager(), () -> letters.report(scenario.challenge().id())).pdf())
			.replaceAll("\\s+", " ");
		assertThat(report).contains(
				"Consensus recorded by Evaluator 1, standing in for the chair, who declared a conflict of interest with this company.",
				"Consensus recorded by The chair.",
				"Evaluator 1, standing in for the chair, who declared a conflict of interest with a bidder");
	}

	private void joinCompany(PersonId person, org.pilotbridge.test.TestBidding.Company company) {
		as(person, () -> organisations.requestToJoin(company.id(), "I work here now."));
		bidding.as(company.owner(), company.id(), () -> organisations.pendingJoinRequests(company.id())
			.forEach(request -> organisations.approveJoinRequest(company.id(), request, MembershipRole.MEMBER)));
	}

	private Panel panelOf(TestEvaluation.Scenario scenario) {
		return bidding.as(scenario.agency().manager(), scenario.agency().id(),
				() -> panels.panel(scenario.challenge().id()));
	}

	private static String body(jakarta.mail.internet.MimeMessage mail) {
		return com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replace("=\r\n", "");
	}

	/**
	 * Invites the person, at the address of their account, as an evaluator; returns the
	 * link's token.
	 */
	private String invite(PersonId person) {
		var email = directory.person(person).orElseThrow().email();
		bidding.as(scenario.agency().manager(), scenario.agency().id(), () -> panels.invite(scenario.challenge().id(),
				email, "An expert", PanelRole.EVALUATOR, Language.ENGLISH));
		var link = fixtures.invitationLink(email);
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
