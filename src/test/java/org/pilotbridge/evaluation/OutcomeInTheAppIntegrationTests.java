package org.pilotbridge.evaluation;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.PdfDownload;
import org.pilotbridge.proposal.ProposalDashboard;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalLinks;
import org.pilotbridge.proposal.ProposalNotFound;
import org.pilotbridge.proposal.ProposalOutcome;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestBidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every bidder finds its outcome in the application once the decision is final: "My
 * proposals" says awarded or not retained and when, with the letter to download (given by
 * the evaluation module through {@code proposal.spi.OutcomeLetters}), and the bell says
 * so to every member of the company. Nobody else gets a company's letter, and a refused
 * request records nothing. Along the way, the evaluators see which bidder was not yet
 * verified when it submitted.
 */
class OutcomeInTheAppIntegrationTests extends EvaluationIntegrationTest {

	private static final String LETTER_TAKEN = "proposal.outcome-letter.downloaded";

	@Autowired
	ProposalDashboard dashboards;

	@Autowired
	ProposalQuery proposals;

	@Test
	void everyBidderSeesItsOutcomeAndLetterOnceTheDecisionIsFinalAndNobodyElseGetsIt() {
		var scenario = fixtures.scenario(10, 1, true);
		fixtures.close(scenario);
		var a = scenario.proposals().get(0);
		var b = scenario.proposals().get(1);
		var c = scenario.proposals().get(2);
		var companyA = scenario.companies().get(0);
		var companyB = scenario.companies().get(1);
		var companyC = scenario.companies().get(2);
		var evaluator = scenario.evaluators().getFirst();

		for (var member : scenario.evaluators()) {
			declare(scenario, member);
			score(scenario, member, a, 5, 4);
			score(scenario, member, b, 4, 3);
			score(scenario, member, c, 2, 2);
		}
		assertThat(as(evaluator, () -> query.scoring(c)).content().version().unverifiedCompany())
			.as("the evaluator reading the unverified company's proposal is told")
			.isTrue();
		assertThat(as(evaluator, () -> query.scoring(a)).content().version().unverifiedCompany()).isFalse();
		assertThat(as(scenario.chair(), () -> query.progress(scenario.challenge().id())).proposals())
			.extracting(p -> p.bidder().proposal(), p -> p.bidder().unverifiedCompany())
			.containsExactlyInAnyOrder(tuple(a, false), tuple(b, false), tuple(c, true));
		scenario.proposals().forEach(proposal -> consensusAtMean(scenario, proposal));
		assertThat(as(scenario.chair(), () -> query.ranking(scenario.challenge().id())).lines())
			.extracting(line -> line.ranked().proposal(), line -> line.bidder().unverifiedCompany())
			.containsExactly(tuple(a, false), tuple(b, false), tuple(c, true));

		as(scenario.chair(), () -> awards.proposeAward(scenario.challenge().id(), List.of(a), null));

		// During the standstill period the decision is not final: nothing is shown, no
		// letter is given.
		assertThat(entry(companyB, b).outcome()).isNull();
		assertThat(entry(companyB, b).letter()).isNull();
		assertThatThrownBy(() -> letter(companyB.member(), companyB, b)).isInstanceOf(ProposalNotFound.class);
		awaitEvents();
		assertThat(notices(companyA.member())).isEmpty();

		clock.advance(Duration.ofDays(10));
		assertThat(finalisation.finaliseDue()).isOne();
		var finalAt = clock.instant();

		var winner = entry(companyA, a);
		assertThat(winner.outcome()).isEqualTo(ProposalOutcome.AWARDED);
		assertThat(winner.outcomeAt()).isEqualTo(finalAt);
		assertThat(winner.letter()).isEqualTo(ProposalLinks.outcomeLetter(a));
		var loser = entry(companyB, b);
		assertThat(loser.outcome()).isEqualTo(ProposalOutcome.NOT_AWARDED);
		assertThat(loser.outcomeAt()).isEqualTo(finalAt);
		assertThat(loser.letter()).isEqualTo(ProposalLinks.outcomeLetter(b));

		// Another company's member, an evaluator and the chair (the challenge's manager)
		// ask for B's letter by its id: refused as if it did not exist, and nothing is
		// recorded as read.
		assertThatThrownBy(() -> letter(companyC.owner(), companyC, b)).isInstanceOf(ProposalNotFound.class);
		assertThatThrownBy(() -> as(evaluator, () -> proposals.outcomeLetter(b))).isInstanceOf(ProposalNotFound.class);
		assertThatThrownBy(() -> as(scenario.chair(), () -> proposals.outcomeLetter(b)))
			.isInstanceOf(ProposalNotFound.class);
		assertThat(lettersTaken(b)).isEmpty();

		var letterB = letter(companyB.member(), companyB, b);
		PdfAssertions.assertPdfA3b(letterB.content());
		assertThat(PdfAssertions.text(letterB.content()).replaceAll("\\s+", " ")).contains("84.00", "2 of 3",
				companyA.name());
		assertThat(letterB.fileName().value()).endsWith(".pdf");
		var letterA = letter(companyA.owner(), companyA, a);
		assertThat(PdfAssertions.text(letterA.content()).replaceAll("\\s+", " ")).contains("92.92", "1 of 3");
		assertThat(lettersTaken(b)).singleElement()
			.satisfies(entry -> assertThat(entry.actor()).isEqualTo("person:" + companyB.member().id()));

		awaitEvents();
		var title = scenario.challenge().title();
		for (var person : List.of(companyA.owner(), companyA.member())) {
			assertThat(notices(person)).singleElement().satisfies(notice -> {
				assertThat(notice.text()).contains(title, scenario.challenge().reference(), "is awarded");
				assertThat(notice.link()).isEqualTo(ProposalLinks.dashboard());
			});
		}
		for (var person : List.of(companyB.owner(), companyB.member(), companyC.member())) {
			assertThat(notices(person)).singleElement()
				.satisfies(notice -> assertThat(notice.text()).contains(title, "was not retained"));
		}
		assertThat(notices(evaluator)).as("nobody outside the bidding companies").isEmpty();
	}

	private ProposalDashboard.Entry entry(TestBidding.Company company, ProposalId proposal) {
		return bidding.as(company.member(), company.id(), () -> dashboards.mine())
			.proposals()
			.stream()
			.filter(entry -> entry.id().equals(proposal))
			.findFirst()
			.orElseThrow();
	}

	private PdfDownload letter(PersonId person, TestBidding.Company company, ProposalId proposal) {
		return bidding.as(person, company.id(), () -> proposals.outcomeLetter(proposal));
	}

	private List<AuditEntry> lettersTaken(ProposalId proposal) {
		return auditTrail.entriesOf("proposal", proposal)
			.stream()
			.filter(entry -> entry.action().equals(LETTER_TAKEN))
			.toList();
	}

	private List<Notice> notices(PersonId person) {
		return jdbc.sql("SELECT text, link FROM notification WHERE person_id = ? ORDER BY created_at")
			.param(person.id())
			.query((rs, row) -> new Notice(rs.getString("text"), rs.getString("link")))
			.list()
			.stream()
			.filter(notice -> ProposalLinks.dashboard().equals(notice.link()))
			.toList();
	}

	record Notice(String text, String link) {
	}

}
