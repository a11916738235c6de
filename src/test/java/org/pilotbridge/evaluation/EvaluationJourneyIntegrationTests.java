package org.pilotbridge.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.challenge.AwardNotice;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.evaluation.awards.AwardDetails;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalOutcome;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole evaluation of a challenge through the services: three evaluators declare (one
 * has a conflict with one company and is recused from its proposal only), score
 * independently, the chair sees the flagged spread, records the consensus and proposes
 * the award; the challenge is awarded, every proposal gets its outcome, every bidder gets
 * its own letter by e-mail and the agency the report, all PDF/A-3b.
 */
class EvaluationJourneyIntegrationTests extends EvaluationIntegrationTest {

	@Autowired
	EvaluationLetters letters;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	ProposalQuery proposals;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	AwardDetails awardDetails;

	@Autowired
	ChallengeQuery challengeQuery;

	/**
	 * Scores (approach, team), scale 0–5; evaluator 1 is recused from A.
	 *
	 * <pre>
	 *               A (EUR 19,500)   B (EUR 18,000)   C (EUR 21,000)
	 * evaluator 1   recused          4, 3             2, 2
	 * evaluator 2   5, 4             2, 3             3, 2
	 * evaluator 3   4, 4             4, 3             3, 3
	 * mean          4.5→5, 4         3.33→3, 3        2.67→3, 2.33→2
	 * consensus     5, 4             4 (changed), 3   3, 2
	 * </pre>
	 *
	 * B's approach has a spread of 2: flagged. Totals (approach 40, team 20, price 40,
	 * lowest price B's): A = 40 + 16 + 40 × 18,000/19,500 (36.92) = 92.92; B = 32 + 12 +
	 * 40 = 84.00; C = 24 + 8 + 40 × 18,000/21,000 (34.29) = 66.29.
	 */
	@Test
	void evaluatesAwardsAndSendsEveryBidderItsOwnLetter() throws Exception {
		var scenario = fixtures.scenario();
		fixtures.close(scenario);
		var a = scenario.proposals().get(0);
		var b = scenario.proposals().get(1);
		var c = scenario.proposals().get(2);
		var e1 = scenario.evaluators().get(0);
		var e2 = scenario.evaluators().get(1);
		var e3 = scenario.evaluators().get(2);
		TestMail.purge();

		declare(scenario, e1, scenario.companies().get(0).id());
		declare(scenario, e2);
		declare(scenario, e3);
		var chairMail = directory.person(scenario.chair()).orElseThrow().email();
		assertThat(
				TestMail.awaitMail(chairMail, "Conflict of interest declared for " + scenario.challenge().reference()))
			.isNotNull();

		assertThat(as(e2, () -> query.scoring(b)).content().content().title()).isEqualTo("RouteWise");
		score(scenario, e1, b, 4, 3);
		score(scenario, e1, c, 2, 2);
		score(scenario, e2, a, 5, 4);
		score(scenario, e2, b, 2, 3);
		score(scenario, e2, c, 3, 2);
		score(scenario, e3, a, 4, 4);
		score(scenario, e3, b, 4, 3);
		score(scenario, e3, c, 3, 3);

		var progress = as(scenario.chair(), () -> query.progress(scenario.challenge().id()));
		assertThat(progress.proposals()).extracting(EvaluationViews.ProposalProgress::allScoresIn).containsOnly(true);
		assertThat(progress.proposals())
			.extracting(p -> p.bidder().proposal(), EvaluationViews.ProposalProgress::flaggedCriteria)
			.contains(Tuple.tuple(b, 1), Tuple.tuple(a, 0));
		assertThat(progress.members()).filteredOn(m -> e1.equals(m.member().person()))
			.singleElement()
			.satisfies(m -> assertThat(m.conflicts()).singleElement().asString().contains("I advised this company"));

		var formB = as(scenario.chair(), () -> query.consensusForm(b));
		var approach = criterion(scenario, "Quality of the approach");
		var team = criterion(scenario, "Team");
		assertThat(formB.criteria()).extracting(s -> s.criterion().name(), CriterionScoresView::mean, s -> s.flagged())
			.containsExactly(Tuple.tuple("Quality of the approach", 3, true), Tuple.tuple("Team", 3, false));
		assertThat(as(scenario.chair(), () -> query.consensusForm(a)).criteria().getFirst().scores()).hasSize(2);

		consensusAtMean(scenario, a);
		consensusAtMean(scenario, c);
		as(scenario.chair(), () -> awards.recordConsensus(b, List.of(
				new ConsensusInput(approach.id(), 4, "Routes re-planned weekly from tap-in data fit our villages well.",
						"Evaluator 2 missed the weekly re-planning described on page 2."),
				new ConsensusInput(team.id(), 3, "The team ran one similar pilot; references are relevant but few.",
						""))));

		var ranking = as(scenario.chair(), () -> query.ranking(scenario.challenge().id()));
		assertThat(ranking.complete()).isTrue();
		assertThat(ranking.lines()).extracting(line -> line.ranked().proposal()).containsExactly(a, b, c);
		assertThat(ranking.lines()).extracting(line -> line.ranked().total())
			.containsExactly(new BigDecimal("92.92"), new BigDecimal("84.00"), new BigDecimal("66.29"));

		as(scenario.chair(), () -> awards.proposeAward(scenario.challenge().id(), List.of(a), null));

		assertThat(challenges.challenge(scenario.challenge().id()).orElseThrow().state())
			.isEqualTo(ChallengeState.AWARDED);
		assertThat(as(scenario.chair(), () -> proposals.submitted(scenario.challenge().id())))
			.extracting(submission -> submission.id(), submission -> submission.outcome())
			.containsExactlyInAnyOrder(Tuple.tuple(a, ProposalOutcome.AWARDED),
					Tuple.tuple(b, ProposalOutcome.NOT_AWARDED), Tuple.tuple(c, ProposalOutcome.NOT_AWARDED));
		assertThat(challengeQuery.awardNotice(scenario.challenge().id())).hasValueSatisfying(notice -> {
			assertThat(notice.awarded()).isTrue();
			assertThat(notice.winners())
				.containsExactly(new AwardNotice.Winner(scenario.companies().get(0).name(), Money.euros("19500.00")));
		});
		assertThat(awardDetails.decision(scenario.challenge().id())).hasValueSatisfying(decision -> {
			assertThat(decision.winners()).singleElement()
				.satisfies(winner -> assertThat(winner.value()).isEqualTo(Money.euros("19500.00")));
			assertThat(decision.bidders()).hasSize(3);
		});

		var companyA = scenario.companies().get(0);
		var companyB = scenario.companies().get(1);
		var companyC = scenario.companies().get(2);
		var ref = scenario.challenge().reference();
		var awardText = letterText(companyA, "Your proposal for " + ref + " is proposed for award");
		assertThat(awardText).contains("92.92", "1 of 3", "19,500.00");
		var letterB = letterText(companyB, "Outcome of your proposal for " + ref);
		assertThat(letterB)
			.contains("84.00", "2 of 3", companyA.name(), "92.92", "Routes re-planned weekly from tap-in",
					"references are relevant but few", "40.00")
			.doesNotContain(companyC.name(), "66.29", "Evaluator 2 missed");
		var letterC = letterText(companyC, "Outcome of your proposal for " + ref);
		assertThat(letterC).contains("66.29", "3 of 3", companyA.name(), "92.92", "34.29")
			.doesNotContain(companyB.name(), "84.00", "Routes re-planned weekly");

		var report = as(scenario.chair(), () -> letters.report(scenario.challenge().id())).pdf();
		PdfAssertions.assertPdfA3b(report);
		var reportText = PdfAssertions.text(report).replaceAll("\\s+", " ");
		assertThat(reportText).contains("Evaluator 1", "Evaluator 2", "Evaluator 3", "The chair",
				"I advised this company", "Recused: Evaluator 1", companyA.name(), companyB.name(), companyC.name(),
				"92.92", "84.00", "66.29", "Evaluator 2 missed the weekly re-planning");
		var reportMail = TestMail.awaitMail(chairMail, "Evaluation report of " + ref);
		PdfAssertions.assertPdfA3b(pdfAttachments(reportMail).getFirst());

		var letterDownload = as(companyB.member(),
				() -> bidding.as(companyB.member(), companyB.id(), () -> letters.letter(b)));
		assertThat(PdfAssertions.text(letterDownload.pdf())).contains("2 of 3");

		awaitEvents();
		assertThat(auditTrail.entriesOf("challenge", scenario.challenge().id()).stream().map(AuditEntry::action))
			.contains("evaluation.panel.invited", "evaluation.panel.joined", "evaluation.interests-declared",
					"evaluation.decided", "evaluation.finalised", "challenge.awarded");
		assertThat(auditTrail.entriesOf("proposal", b).stream().map(AuditEntry::action))
			.contains("evaluation.scores.submitted", "evaluation.consensus.recorded", "proposal.read");
	}

	@Test
	void waitsForTheStandstillPeriodBeforeTheAwardComesIntoForce() {
		var scenario = fixtures.scenario(10);
		fixtures.close(scenario);
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
			for (var proposal : scenario.proposals()) {
				score(scenario, evaluator, proposal, 3, 3);
			}
		}
		scenario.proposals().forEach(proposal -> consensusAtMean(scenario, proposal));
		var top = as(scenario.chair(), () -> query.ranking(scenario.challenge().id())).lines()
			.getFirst()
			.ranked()
			.proposal();

		as(scenario.chair(), () -> awards.proposeAward(scenario.challenge().id(), List.of(top), null));
		assertThat(finalisation.finaliseDue()).isZero();
		assertThat(challenges.challenge(scenario.challenge().id()).orElseThrow().state())
			.isEqualTo(ChallengeState.UNDER_EVALUATION);

		clock.advance(Duration.ofDays(10));
		finalisation.finaliseDue();
		assertThat(challenges.challenge(scenario.challenge().id()).orElseThrow().state())
			.isEqualTo(ChallengeState.AWARDED);
		assertThat(finalisation.finaliseDue()).isZero();
	}

	@Test
	void endsWithoutAwardWithAReasonEveryBidderReads() throws Exception {
		var scenario = fixtures.scenario();
		fixtures.close(scenario);
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
			for (var proposal : scenario.proposals()) {
				score(scenario, evaluator, proposal, 1, 1);
			}
		}
		scenario.proposals().forEach(proposal -> consensusAtMean(scenario, proposal));

		as(scenario.chair(), () -> awards.proposeNoAward(scenario.challenge().id(),
				"No proposal shows how pupils’ data would stay in the EU."));

		assertThat(challenges.challenge(scenario.challenge().id()).orElseThrow().state())
			.isEqualTo(ChallengeState.NO_AWARD);
		var text = letterText(scenario.companies().get(1),
				"Outcome of your proposal for " + scenario.challenge().reference());
		assertThat(text).contains("no award", "pupils’ data would stay in the EU");
		assertThat(challengeQuery.awardNotice(scenario.challenge().id())).hasValueSatisfying(notice -> {
			assertThat(notice.awarded()).isFalse();
			assertThat(notice.reason()).isEqualTo("No proposal shows how pupils’ data would stay in the EU.");
		});
	}

	/**
	 * Two pilots to award; every evaluator gives A 5 and 4, B 4 and 3, C 2 and 2
	 * (approach, team). Totals (approach 40, team 20, price 40, lowest price B's EUR
	 * 18,000): A = 40 + 16 + 36.92 = 92.92; B = 32 + 12 + 40 = 84.00; C = 16 + 8 + 34.29
	 * = 58.29. Following the ranking awards A and B.
	 */
	@Test
	void awardsSeveralPilotsAndNamesEveryWinnerInTheLetters(AssertablePublishedEvents events) throws Exception {
		var scenario = fixtures.scenario(0, 2);
		fixtures.close(scenario);
		var a = scenario.proposals().get(0);
		var b = scenario.proposals().get(1);
		var c = scenario.proposals().get(2);
		TestMail.purge();
		for (var evaluator : scenario.evaluators()) {
			declare(scenario, evaluator);
			score(scenario, evaluator, a, 5, 4);
			score(scenario, evaluator, b, 4, 3);
			score(scenario, evaluator, c, 2, 2);
		}
		scenario.proposals().forEach(proposal -> consensusAtMean(scenario, proposal));
		var ranking = as(scenario.chair(), () -> query.ranking(scenario.challenge().id()));
		assertThat(ranking.pilotsToAward()).isEqualTo(2);
		assertThat(ranking.proposedWinners()).containsExactly(a, b);

		as(scenario.chair(), () -> awards.proposeAward(scenario.challenge().id(), List.of(b, a), null));

		assertThat(challenges.challenge(scenario.challenge().id()).orElseThrow().state())
			.isEqualTo(ChallengeState.AWARDED);
		assertThat(as(scenario.chair(), () -> proposals.submitted(scenario.challenge().id())))
			.extracting(submission -> submission.id(), submission -> submission.outcome())
			.containsExactlyInAnyOrder(Tuple.tuple(a, ProposalOutcome.AWARDED), Tuple.tuple(b, ProposalOutcome.AWARDED),
					Tuple.tuple(c, ProposalOutcome.NOT_AWARDED));
		var companyA = scenario.companies().get(0);
		var companyB = scenario.companies().get(1);
		var companyC = scenario.companies().get(2);
		assertThat(challengeQuery.awardNotice(scenario.challenge().id()))
			.hasValueSatisfying(notice -> assertThat(notice.winners()).as("in the order of the ranking")
				.containsExactly(new AwardNotice.Winner(companyA.name(), Money.euros("19500.00")),
						new AwardNotice.Winner(companyB.name(), Money.euros("18000.00"))));
		assertThat(awardDetails.decision(scenario.challenge().id()))
			.hasValueSatisfying(decision -> assertThat(decision.winners())
				.extracting(winner -> winner.supplier(), winner -> winner.value())
				.containsExactly(Tuple.tuple(companyA.id(), Money.euros("19500.00")),
						Tuple.tuple(companyB.id(), Money.euros("18000.00"))));
		assertThat(events.ofType(AwardDecided.class)
			.matching(decided -> decided.challenge().equals(scenario.challenge().id()))).singleElement()
			.satisfies(decided -> assertThat(decided.winners()).containsExactly(a, b));
		assertThat(events.ofType(AwardFinalised.class)
			.matching(finalised -> finalised.challenge().equals(scenario.challenge().id()))).singleElement()
			.satisfies(finalised -> assertThat(finalised.winners()).containsExactly(a, b));

		var ref = scenario.challenge().reference();
		var letterA = letterText(companyA, "Your proposal for " + ref + " is proposed for award");
		assertThat(letterA).contains("one of the 2 pilots", "92.92", "1 of 3", companyB.name(), "84.00", "19,500.00")
			.doesNotContain(companyC.name(), "58.29");
		var letterB = letterText(companyB, "Your proposal for " + ref + " is proposed for award");
		assertThat(letterB).contains("one of the 2 pilots", "84.00", "2 of 3", companyA.name(), "92.92", "18,000.00")
			.doesNotContain(companyC.name(), "58.29");
		var letterC = letterText(companyC, "Outcome of your proposal for " + ref);
		assertThat(letterC).contains("The 2 pilots are proposed", "58.29", "3 of 3", companyA.name(), "92.92",
				companyB.name(), "84.00");
		var report = PdfAssertions.text(as(scenario.chair(), () -> letters.report(scenario.challenge().id())).pdf())
			.replaceAll("\\s+", " ");
		assertThat(report).contains("Proposed for award " + companyA.name() + ", " + companyB.name());
	}

	interface CriterionScoresView {

		static int mean(EvaluationViews.CriterionScores scores) {
			return scores.mean();
		}

	}

	private String letterText(TestBidding.Company company, String subject) throws Exception {
		var email = directory.person(company.member()).orElseThrow().email();
		var mail = TestMail.awaitMail(email, subject);
		var pdfs = pdfAttachments(mail);
		assertThat(pdfs).hasSize(1);
		PdfAssertions.assertPdfA3b(pdfs.getFirst());
		return PdfAssertions.text(pdfs.getFirst()).replaceAll("\\s+", " ");
	}

	private static List<byte[]> pdfAttachments(MimeMessage mail) throws Exception {
		var found = new ArrayList<byte[]>();
		collect(mail, found);
		return found;
	}

	private static void collect(Part part, List<byte[]> found) throws Exception {
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), found);
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			found.add(part.getInputStream().readAllBytes());
		}
	}

}
