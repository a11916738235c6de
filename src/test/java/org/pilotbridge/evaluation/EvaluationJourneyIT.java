package org.pilotbridge.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation journey of the issue in a real browser: a challenge has closed with three
 * proposals; an evaluator declares a conflict with one company and scores the two other proposals
 * on the scoring screen; the two other evaluators score (through the services); the chair sees the
 * flagged spread, records the consensus on the consensus screen and proposes the award; the winner
 * and the two other bidders receive their letters by e-mail, each loser's letter with its own
 * feedback and nothing about the other loser. Every screen passes the accessibility audit.
 */
@Import({ MutableClockConfiguration.class, TestBidding.class, TestEvaluation.class })
class EvaluationJourneyIT extends BrowserTest {

	@Autowired
	TestEvaluation fixtures;

	@Autowired
	TestBidding bidding;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MutableClock clock;

	@Test
	void panelDeclaresScoresAgreesAndEveryBidderGetsItsLetter() throws Exception {
		TestMail.purge();
		var now = clock.instant();
		// The challenge is published 22 days ago, so that its deadline passed yesterday.
		clock.set(now.minus(Duration.ofDays(22)));
		var scenario = fixtures.scenario();
		fixtures.close(scenario);
		clock.set(now);
		var a = scenario.proposals().get(0);
		var b = scenario.proposals().get(1);
		var c = scenario.proposals().get(2);
		var companyA = scenario.companies().get(0);
		var companyB = scenario.companies().get(1);
		var companyC = scenario.companies().get(2);

		// Evaluator 1, in the browser: declares a conflict with A, scores B and C.
		signIn(email(scenario.evaluators().get(0)));
		open("/evaluation");
		assertAccessible();
		clickText("#evaluation-tasks a", "Declare your interests");
		waitForText("#main-content h1", "Declaration of interests");
		var declarationOfA = declaration(companyA.name());
		clickText(declarationOfA, "vaadin-radio-button", "Conflict of interest");
		typeIn(declarationOfA.findElement(By.cssSelector("vaadin-text-field")), "I advised this company last year.");
		assertAccessible();
		click("#submit-declarations");
		waitForUrl(url -> url.endsWith("/evaluation/challenges/" + scenario.challenge().id()));
		waitForTextContaining("#evaluation-proposals", "Recused");
		score(b, 4, 3);
		score(c, 2, 2);

		// Evaluators 2 and 3 score through the services.
		declareNoConflict(scenario, scenario.evaluators().get(1));
		declareNoConflict(scenario, scenario.evaluators().get(2));
		submit(scenario, scenario.evaluators().get(1), a, 5, 4);
		submit(scenario, scenario.evaluators().get(1), b, 2, 3);
		submit(scenario, scenario.evaluators().get(1), c, 3, 2);
		submit(scenario, scenario.evaluators().get(2), a, 4, 4);
		submit(scenario, scenario.evaluators().get(2), b, 4, 3);
		submit(scenario, scenario.evaluators().get(2), c, 3, 3);

		// The chair, in the browser: sees the spread, records the consensus, proposes the award.
		signIn(email(scenario.chair()));
		open("/evaluation/challenges/" + scenario.challenge().id() + "/progress");
		waitForTextContaining("#proposal-progress", "1 criteria with a large spread");
		assertThat($("#panel-progress").getText()).contains("I advised this company last year.");
		assertAccessible();
		consensus(a, null);
		consensus(c, null);
		consensus(b, "Evaluator 2 missed the weekly re-planning described on page 2.");
		waitForTextContaining("#ranking", companyA.name());
		assertThat($("#ranking").getText()).contains("92.92", "84.00", "66.29");
		assertAccessible();
		click("#propose-award");
		waitForTextContaining("#main-content", "Download the evaluation report");

		var winner = letter(companyA, "Your proposal for " + scenario.challenge().reference() + " is proposed for award");
		assertThat(winner).contains("92.92", "1 of 3");
		var loserB = letter(companyB, "Outcome of your proposal for " + scenario.challenge().reference());
		assertThat(loserB).contains("84.00", "2 of 3", companyA.name(), "92.92", "convincing at 4 points")
			.doesNotContain(companyC.name(), "66.29");
		var loserC = letter(companyC, "Outcome of your proposal for " + scenario.challenge().reference());
		assertThat(loserC).contains("66.29", "3 of 3", companyA.name(), "92.92")
			.doesNotContain(companyB.name(), "84.00");

		driver.manage().deleteAllCookies();
		open("/challenges/" + scenario.challenge().reference());
		waitForTextContaining("#main-content", "Awarded to " + companyA.name());
		assertAccessible();
	}

	private void score(org.pilotbridge.proposal.ProposalId proposal, int approach, int team) {
		open("/evaluation/proposals/" + proposal);
		waitForTextContaining("#main-content h2", "The proposal");
		var groups = $$(".scoring-criteria vaadin-radio-group");
		var texts = $$(".scoring-criteria vaadin-text-area");
		clickText(groups.get(0), "vaadin-radio-button", String.valueOf(approach));
		typeIn(texts.get(0), "The approach re-plans routes every week from the tap-in data we hold.");
		clickText(groups.get(1), "vaadin-radio-button", String.valueOf(team));
		typeIn(texts.get(1), "The team ran a similar pilot in Ghent and gives two references.");
		assertAccessible();
		click("#submit-scores");
		waitForTextContaining("#main-content", "You have submitted your scores for this proposal");
	}

	private void consensus(org.pilotbridge.proposal.ProposalId proposal, String changeApproach) {
		open("/evaluation/proposals/" + proposal + "/consensus");
		var texts = $$("vaadin-text-area");
		if (changeApproach != null) {
			assertThat($("#main-content").getText()).contains("The scores differ by 2 points");
			typeIn($$("vaadin-integer-field").get(0), "4");
			typeIn($$("vaadin-text-field").get(0), changeApproach);
			assertAccessible();
		}
		var points = $$("vaadin-integer-field");
		for (int i = 0; i < texts.size(); i++) {
			var value = points.get(i).findElement(By.cssSelector("input")).getAttribute("value");
			typeIn(texts.get(i), "The panel found this criterion convincing at " + value + " points.");
		}
		click("#save-consensus");
		waitForUrl(url -> url.endsWith("/progress"));
		waitForVaadin();
	}

	private WebElement declaration(String company) {
		return $$(".declaration").stream()
			.filter(block -> block.findElement(By.cssSelector("h2")).getText().equals(company))
			.findFirst()
			.orElseThrow();
	}

	private void clickText(WebElement within, String cssSelector, String text) {
		var target = within.findElements(By.cssSelector(cssSelector))
			.stream()
			.filter(element -> element.getText().strip().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + cssSelector + " with text " + text));
		click(target);
	}

	private void typeIn(WebElement field, String text) {
		var input = field.findElement(By.cssSelector("input, textarea"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(text);
		input.sendKeys(Keys.TAB);
		waitForVaadin();
	}

	private void declareNoConflict(TestEvaluation.Scenario scenario, PersonId evaluator) {
		bidding.as(evaluator, null, () -> evaluations.declare(scenario.challenge().id(),
				bidding.as(evaluator, null, () -> evaluations.bidders(scenario.challenge().id()))
					.stream()
					.collect(java.util.stream.Collectors.toMap(Bidder::company, bidder -> DeclarationInput.noConflict()))));
	}

	private void submit(TestEvaluation.Scenario scenario, PersonId evaluator, org.pilotbridge.proposal.ProposalId proposal,
			int approach, int team) {
		var criteria = scenario.qualitative();
		bidding.as(evaluator, null, () -> evaluations.submit(proposal,
				List.of(new Score(criteria.get(0).id(), approach, "Points for the approach, as the proposal explains it."),
						new Score(criteria.get(1).id(), team, "Points for the team, as the proposal describes it."))));
	}

	private String email(PersonId person) {
		return directory.person(person).orElseThrow().email();
	}

	private String letter(TestBidding.Company company, String subject) throws Exception {
		var mail = TestMail.awaitMail(email(company.member()), subject);
		var pdfs = new ArrayList<byte[]>();
		collect(mail, pdfs);
		assertThat(pdfs).hasSize(1);
		PdfAssertions.assertPdfA3b(pdfs.getFirst());
		return PdfAssertions.text(pdfs.getFirst()).replaceAll("\\s+", " ");
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
