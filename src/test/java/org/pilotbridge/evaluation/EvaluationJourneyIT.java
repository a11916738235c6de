package org.pilotbridge.evaluation;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.MovableDemoClockConfiguration;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation journey of the issue in a real browser, on the demo data as the console
 * lists it: the pothole challenge of the City of Oostervelde, with proposals of Sensory
 * Labs, GreenRoute and DataBridge Analytics, closes at its deadline; its manager starts
 * the evaluation; the three evaluators of the demo declare (Thomas Claes declares a
 * conflict with Sensory Labs and is recused from its proposal only) and score
 * independently; the chair sees the flagged spread, records the consensus and proposes
 * the award, which the city's authorising officer approves. The winner and the two other
 * bidders receive their letters by e-mail, each in the language of the person who
 * submitted, each loser's letter with its own feedback per criterion and nothing about
 * the other loser; a loser requests a review during the standstill period, the award
 * waits until the manager answered, then every bidder finds its outcome and letter in "My
 * proposals" and the manager's procurement file lists every part. Every screen passes the
 * accessibility audit.
 */
@TestPropertySource(properties = "pilotbridge.demo.enabled=true")
@Import(MovableDemoClockConfiguration.class)
class EvaluationJourneyIT extends BrowserTest {

	static final String PASSWORD = "pilotbridge-demo";

	static final String MANAGER = "marie.dubois@oostervelde.example";

	static final String OFFICER = "pieter.janssens@oostervelde.example";

	static final String CHAIR = "elise.vermeulen@oostervelde.example";

	static final String CONFLICTED = "thomas.claes@oostervelde.example";

	static final String CITY_EVALUATOR = "nadia.benali@oostervelde.example";

	static final String EXPERT = "hanna.schmidt@roadlab.example";

	static final String SENSORY_LABS = "Sensory Labs";

	static final String GREEN_ROUTE = "GreenRoute";

	static final String DATA_BRIDGE = "DataBridge Analytics";

	@Autowired
	MutableClock clock;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	RunAs runAs;

	@Autowired
	EvaluationQuery query;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	MessageSource messages;

	@Autowired
	DecisionFinalisation finalisation;

	/**
	 * Scores (approach, team) on 0–5; Thomas Claes is recused from Sensory Labs.
	 *
	 * <pre>
	 *                 Sensory Labs (19,500)  GreenRoute (18,000)  DataBridge (21,000)
	 * Thomas Claes    recused                4, 3                 2, 2
	 * Nadia Benali    5, 4                   2, 3                 3, 2
	 * Hanna Schmidt   4, 4                   4, 3                 3, 3
	 * consensus       5, 4 (means)           4 (mean 3), 3        3, 2 (means)
	 * </pre>
	 *
	 * GreenRoute's approach differs by 2 points: flagged. Totals (approach 40, team 20,
	 * price 40, lowest price GreenRoute's): Sensory Labs 40 + 16 + 40 × 18,000/19,500 =
	 * 92.92; GreenRoute 32 + 12 + 40 = 84.00; DataBridge 24 + 8 + 40 × 18,000/21,000 =
	 * 66.29.
	 */
	@Test
	void theDemoPanelEvaluatesThePotholeChallengeAndEveryBidderGetsItsOwnLetter() throws Exception {
		var chair = person(CHAIR);
		var task = runAs.person(chair, null, () -> query.todo()).getFirst();
		var challenge = task.challenge();
		var summary = challenges.challenge(challenge).orElseThrow();
		assertThat(summary.title()).isEqualTo("Finding potholes before they grow");
		assertThat(summary.state()).isEqualTo(ChallengeState.PUBLISHED);
		assertThat(summary.submittedCount()).isEqualTo(3);
		assertThat(Duration.between(clock.instant(), summary.proposalsDeadline()))
			.as("the demo's deadline is about to pass")
			.isPositive()
			.isLessThanOrEqualTo(Duration.ofMinutes(7));

		// The deadline passes and the proposals are opened; the manager finds the
		// challenge closed and starts the evaluation.
		clock.set(summary.proposalsOpenAt());
		TestMail.purge();
		signIn(MANAGER);
		// The city wants its awards approved; Pieter Janssens is its authorising officer.
		open("/organisation");
		waitForTextContaining("#decision-rules", "Pieter Janssens is an authorising officer");
		assertThat($("#award-needs-approval").getDomProperty("checked")).isEqualTo("true");
		assertAccessible();
		open("/agency/challenges/" + challenge);
		waitForTextContaining("#main-content", "Closed");
		click("#start-evaluation");
		// The panel is given a week to score.
		var scoringDue = LocalDate.ofInstant(summary.proposalsOpenAt(), summary.timeZone()).plusDays(7);
		browser().date("#scoring-due-on", scoringDue);
		assertAccessible();
		browser().confirm();
		waitForTextContaining("#main-content", "Under evaluation");
		var scoringDueText = scoringDue.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
		waitForText("#scoring-due", "Scoring due by the end of " + scoringDueText + ".");
		assertAccessible();
		// The date may move while the panel scores; the manager looks, and keeps it.
		click("#move-scoring-due");
		waitForTextContaining("#confirm-what-happens", "The panel then scores by the new date.");
		assertThat($("#scoring-due-on").getDomProperty("value")).isEqualTo(scoringDue.toString());
		assertAccessible();
		click("#confirm-cancel");

		// Thomas Claes advised Sensory Labs: he declares it and scores the two other
		// proposals.
		signIn(CONFLICTED);
		open("/evaluation");
		waitForTextContaining("#evaluation-tasks .scoring-due", "Scoring is due by the end of " + scoringDueText);
		assertAccessible();
		clickText("#evaluation-tasks a", "Declare your interests");
		waitForText("#main-content h1", "Declaration of interests");
		assertThat($$(".declaration vaadin-radio-group")).as("nothing is chosen beforehand")
			.allSatisfy(group -> assertThat(group.getDomProperty("value")).isNullOrEmpty());
		var sensoryLabs = declaration(SENSORY_LABS);
		clickText(sensoryLabs, "vaadin-radio-button", "Conflict of interest");
		typeIn(sensoryLabs.findElement(By.cssSelector("vaadin-text-field")),
				"I advised Sensory Labs on a sensor pilot in 2025.");
		click("#submit-declarations");
		browser().confirm();
		// The two companies left undecided are pointed out at their fields; nothing is
		// saved.
		waitForTextContaining(".declaration vaadin-radio-group[invalid]", "");
		for (var undecided : List.of(GREEN_ROUTE, DATA_BRIDGE)) {
			assertThat(declaration(undecided).findElement(By.cssSelector("vaadin-radio-group"))
				.getDomProperty("errorMessage"))
				.isEqualTo("Declare whether you have a conflict of interest with " + undecided + ".");
		}
		assertThat(
				declaration(SENSORY_LABS).findElement(By.cssSelector("vaadin-radio-group")).getDomAttribute("invalid"))
			.isNull();
		assertAccessible();
		for (var undecided : List.of(GREEN_ROUTE, DATA_BRIDGE)) {
			clickText(declaration(undecided), "vaadin-radio-button", "No conflict");
		}
		click("#submit-declarations");
		browser().confirm();
		waitForUrl(url -> url.endsWith("/evaluation/challenges/" + challenge));
		waitForTextContaining("#evaluation-proposals", SENSORY_LABS + " – Recused");
		assertThat($$("#evaluation-proposals a")).extracting(WebElement::getText)
			.containsExactlyInAnyOrder(GREEN_ROUTE, DATA_BRIDGE);
		score(challenge, GREEN_ROUTE, 4, 3, true);
		score(challenge, DATA_BRIDGE, 2, 2, false);

		// Nadia Benali and Hanna Schmidt have no conflict and score all three.
		for (var evaluator : List.of(CITY_EVALUATOR, EXPERT)) {
			signIn(evaluator);
			open("/evaluation/challenges/" + challenge + "/declarations");
			waitForText("#main-content h1", "Declaration of interests");
			for (var company : List.of(SENSORY_LABS, GREEN_ROUTE, DATA_BRIDGE)) {
				clickText(declaration(company), "vaadin-radio-button", "No conflict");
			}
			click("#submit-declarations");
			browser().confirm();
			waitForUrl(url -> url.endsWith("/evaluation/challenges/" + challenge));
			var nadia = evaluator.equals(CITY_EVALUATOR);
			score(challenge, SENSORY_LABS, nadia ? 5 : 4, 4, false);
			score(challenge, GREEN_ROUTE, nadia ? 2 : 4, 3, false);
			score(challenge, DATA_BRIDGE, 3, nadia ? 2 : 3, false);
		}

		// The chair sees the spread, records the consensus and proposes the award.
		var bidders = runAs.person(chair, null, () -> evaluations.bidders(challenge));
		signIn(CHAIR);
		open("/evaluation/challenges/" + challenge + "/progress");
		waitForTextContaining("#proposal-progress", "1 criteria with a large spread");
		assertThat($("#panel-progress").getText()).contains("Thomas Claes", "I advised Sensory Labs on a sensor pilot");
		assertAccessible();
		consensus(proposal(bidders, SENSORY_LABS), SENSORY_LABS, null);
		consensus(proposal(bidders, DATA_BRIDGE), DATA_BRIDGE, null);
		consensus(proposal(bidders, GREEN_ROUTE), GREEN_ROUTE, "Nadia Benali missed the blurring done on the phone.");
		waitForTextContaining("#ranking", SENSORY_LABS);
		assertThat($("#ranking").getText()).contains("92.92", "84.00", "66.29");
		assertAccessible();
		click("#propose-award");
		browser().confirm();
		waitForTextContaining("#decision-status", "Awaiting the approval of an authorising officer");
		assertThat($("#decision").getText()).contains(SENSORY_LABS);
		var letterSubject = messages.getMessage("mail.evaluation-award-letter.subject",
				new Object[] { summary.reference() }, Language.ENGLISH.locale());
		assertThat(TestMail.to("sofia@sensorylabs.example")).extracting(TestMail::subject)
			.as("no bidder is told before the approval")
			.doesNotContain(letterSubject);

		// Pieter Janssens, the city's authorising officer, on no panel, approves.
		signIn(OFFICER);
		open("/evaluation");
		waitForTextContaining("#awaiting-approval", summary.title());
		assertAccessible();
		clickText("#awaiting-approval a", summary.reference() + " – " + summary.title());
		waitForTextContaining("#decision-status", "Awaiting the approval");
		assertThat($("#approval").getText()).contains(SENSORY_LABS, GREEN_ROUTE, DATA_BRIDGE);
		assertAccessible();
		click("#approval-declaration");
		click("#approve-decision");
		browser().confirm();
		waitForTextContaining("#decision-status", "Approved by Pieter Janssens");
		assertThat($("#decision-status").getText()).contains("Standstill period until");
		assertAccessible();

		// Every bidder's letter, in the language of the person who submitted its
		// proposal.
		var reference = summary.reference();
		var winner = letter("sofia@sensorylabs.example", Language.ENGLISH, "mail.evaluation-award-letter.subject",
				reference);
		assertThat(winner).contains("92.92", "1 of 3", "For Sensory Labs");
		var french = Language.FRENCH.locale();
		var greenRoute = letter("amina@greenroute.example", Language.FRENCH, "mail.evaluation-letter.subject",
				reference);
		assertThat(greenRoute)
			.contains(number("84.00", french), rank(2, french), SENSORY_LABS, number("92.92", french),
					"For GreenRoute: the panel found", "at 4 points")
			.doesNotContain(DATA_BRIDGE, number("66.29", french), "For DataBridge", "Nadia Benali missed");
		var german = Language.GERMAN.locale();
		var dataBridge = letter("jonas@databridge.example", Language.GERMAN, "mail.evaluation-letter.subject",
				reference);
		assertThat(dataBridge)
			.contains(number("66.29", german), rank(3, german), SENSORY_LABS, number("92.92", german),
					"For DataBridge Analytics: the panel found")
			.doesNotContain(GREEN_ROUTE, number("84.00", german), "For GreenRoute");

		// During the standstill period GreenRoute asks for a review from "My proposals".
		signIn("amina@greenroute.example");
		open("/proposals");
		click(".proposal-decision");
		waitForTextContaining("#bidder-standstill", "Standstill period until");
		type("#review-reasons textarea", "The panel did not read our blurring of faces on the phone, page 3.");
		click("#file-review");
		browser().confirm();
		waitForTextContaining("#bidder-review-answer", "The agency has not answered yet.");
		assertAccessible();

		// The standstill period ends; the award waits for the managers' answer.
		clock.set(clock.instant().plus(Duration.ofDays(11)));
		finalisation.finaliseDue();
		assertThat(challenges.challenge(challenge).orElseThrow().state()).isEqualTo(ChallengeState.UNDER_EVALUATION);
		signIn(MANAGER);
		open("/evaluation/challenges/" + challenge + "/decision");
		waitForTextContaining("#review-requests", "blurring of faces");
		assertAccessible();
		type("#review-requests vaadin-text-area textarea",
				"The panel read page 3 again: the blurring is there, and the consensus already counts it.");
		click("#review-requests vaadin-button");
		waitForTextContaining("#decision-status", "In force since");
		assertThat(challenges.challenge(challenge).orElseThrow().state()).isEqualTo(ChallengeState.AWARDED);

		// The manager downloads the procurement file: its index lists every part.
		var zip = procurementFile(challenge);
		assertThat(zip).containsKeys("index.pdf", "evaluation/approval.json", "evaluation/review-requests.json",
				"evaluation/decision.json");
		assertThat(zip.keySet()).filteredOn(path -> path.startsWith("evaluation/letters/")).hasSize(3);
		var index = PdfAssertions.text(zip.get("index.pdf")).replaceAll("\\s+", "");
		zip.keySet()
			.stream()
			.filter(path -> !path.equals("index.pdf"))
			.forEach(path -> assertThat(index).as("the index names " + path).contains(path));
		assertThat(new String(zip.get("evaluation/review-requests.json"), StandardCharsets.UTF_8))
			.contains("blurring of faces", "read page 3 again");

		// Every bidder sees its outcome and letter in "My proposals".
		signIn("amina@greenroute.example");
		open("/proposals");
		waitForTextContaining(".proposal-outcome", "Not retained");
		assertThat($(".proposal-outcome-letter").getAttribute("href")).endsWith("/outcome-letter");
		assertAccessible();
		signIn("sofia@sensorylabs.example");
		open("/proposals");
		waitForTextContaining(".proposal-outcome", "Awarded");
		assertThat($(".proposal-outcome-letter").getAttribute("href")).endsWith("/outcome-letter");

		driver.manage().deleteAllCookies();
		open("/challenges/" + reference);
		waitForTextContaining("#main-content", "Awarded to " + SENSORY_LABS);
		assertAccessible();
	}

	/** Signs in at the built-in provider as a demo account. */
	@Override
	protected void signIn(String email) {
		driver.manage().deleteAllCookies();
		openPage("/welcome");
		waitForUrl(url -> url.contains("/account/login"));
		type("#email", email);
		type("#password", PASSWORD);
		click("button[type=submit]");
		waitForUrl(url -> url.contains("/welcome"));
		waitForVaadin();
	}

	private void score(ChallengeId challenge, String company, int approach, int team, boolean audit) {
		open("/evaluation/challenges/" + challenge);
		clickText("#evaluation-proposals a", company);
		waitForTextContaining("#main-content h2", "The proposal");
		assertThat($("#main-content h1").getText()).startsWith(company);
		var groups = $$(".scoring-criteria vaadin-radio-group");
		var texts = $$(".scoring-criteria vaadin-text-area");
		clickText(groups.get(0), "vaadin-radio-button", String.valueOf(approach));
		typeIn(texts.get(0), "The approach finds damage early enough for the crews, as page 1 explains.");
		clickText(groups.get(1), "vaadin-radio-button", String.valueOf(team));
		typeIn(texts.get(1), "The team has run a comparable pilot and names its references.");
		if (audit) {
			assertAccessible();
		}
		click("#submit-scores");
		browser().confirm();
		waitForTextContaining("#main-content", "You have submitted your scores for this proposal");
	}

	private void consensus(ProposalId proposal, String company, String changeApproach) {
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
			var value = points.get(i).findElement(By.cssSelector("input")).getDomProperty("value");
			typeIn(texts.get(i),
					"For " + company + ": the panel found this criterion convincing at " + value + " points.");
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

	private PersonId person(String email) {
		return runAs.system(() -> accounts.findByEmail(email)).orElseThrow();
	}

	private static ProposalId proposal(List<Bidder> bidders, String company) {
		return bidders.stream()
			.filter(bidder -> bidder.companyName().equals(company))
			.findFirst()
			.orElseThrow()
			.proposal();
	}

	private String number(String value, Locale locale) {
		var format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(new BigDecimal(value));
	}

	private String rank(int rank, Locale locale) {
		return messages.getMessage("evaluation.letter.rank", new Object[] { rank, 3 }, locale);
	}

	/**
	 * The text of the PDF letter mailed to the address, in its language, checked against
	 * PDF/A-3b.
	 */
	private String letter(String email, Language language, String subjectKey, String reference) throws Exception {
		var subject = messages.getMessage(subjectKey, new Object[] { reference }, language.locale());
		var mail = TestMail.awaitMail(email, subject);
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

	/**
	 * The procurement file, downloaded as the person signed in in the browser (with its
	 * session cookie), entry by entry.
	 */
	private Map<String, byte[]> procurementFile(ChallengeId challenge) throws Exception {
		var cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		try (var client = HttpClient.newHttpClient()) {
			var response = client.send(HttpRequest.newBuilder(URI.create(url("/procurement-files/" + challenge)))
				.header("Cookie", cookies)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
			var entries = new LinkedHashMap<String, byte[]>();
			try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
				for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					entries.put(entry.getName(), zip.readAllBytes());
				}
			}
			return entries;
		}
	}

}
