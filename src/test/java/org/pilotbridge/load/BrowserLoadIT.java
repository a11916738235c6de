package org.pilotbridge.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.evaluation.TestEvaluation;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.Browser;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.ProposalJourney;
import org.pilotbridge.test.ResourceSampler;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Twenty-two people use one node at once, each in a headless Chromium of their own (own
 * browser process, driver, cookies and Vaadin session), all starting together: eight
 * anonymous visitors search and read challenges, eight companies prepare a proposal,
 * upload a PDF and submit it, three challenge managers publish a challenge and answer a
 * question, and the three evaluators of a closed challenge declare their interests and
 * score its three proposals. Every journey must end as it would for a person alone: the
 * right data stored, every receipt shown and mailed once, no error shown.
 * <p>
 * Part of the {@code load} profile ({@code ./mvnw verify -Pload}), as it runs for minutes
 * on two cores. It logs its duration and peak memory for docs/benchmarks.md and asserts
 * no timing.
 */
@Tag("load")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestBidding.class, TestEvaluation.class, MutableClockConfiguration.class })
class BrowserLoadIT {

	private static final Logger log = LoggerFactory.getLogger(BrowserLoadIT.class);

	private static final int VISITORS = 8;

	private static final int COMPANIES = 8;

	private static final int MANAGERS = 3;

	/**
	 * Twenty-two browsers share two cores: a page may take far longer than for one
	 * person.
	 */
	private static final Duration PATIENCE = Duration.ofMinutes(3);

	private static final String RUSH_TITLE = "Gritting cycle paths before the frost";

	private static final String ANSWER = "Yes: the yards are free during every school holiday.";

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	@Autowired
	TestBidding bidding;

	@Autowired
	TestEvaluation evaluation;

	@Autowired
	ClarificationManagement clarifications;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		TestMail.register(properties);
	}

	private record Journey(String name, Language language, Consumer<Browser> steps) {
	}

	@Test
	void twentyTwoPeopleUseOneNodeAtOnceAndEveryJourneyCompletes() throws Exception {
		TestMail.purge();
		var now = clock.instant();
		// The panel's challenge is published 22 days ago, so that its deadline passed
		// yesterday.
		clock.set(now.minus(Duration.ofDays(22)));
		var panel = evaluation.scenario();
		evaluation.close(panel);
		clock.set(now);
		var agency = bidding.agency();
		var rush = bidding.challenge(agency, RUSH_TITLE);

		var journeys = new ArrayList<Journey>();
		for (int i = 0; i < VISITORS; i++) {
			journeys.add(new Journey("visitor-" + i, Language.ENGLISH, browser -> visit(browser, rush)));
		}
		var companies = new ArrayList<TestBidding.Company>();
		var uploads = new ConcurrentHashMap<String, byte[]>();
		var receipts = new ConcurrentHashMap<String, ProposalJourney.Receipt>();
		for (int i = 0; i < COMPANIES; i++) {
			var company = bidding.company(agency, Language.ENGLISH);
			companies.add(company);
			var pdf = TestPdfs.ofSize(300_000, i);
			var file = Files.write(files.resolve("approach-" + i + ".pdf"), pdf);
			var price = String.valueOf(19_000 + i);
			uploads.put(company.ownerEmail(), pdf);
			journeys.add(new Journey("company-" + i, Language.ENGLISH, browser -> {
				browser.signIn(company.ownerEmail());
				receipts.put(company.ownerEmail(), ProposalJourney.submit(browser, rush.reference(), price, file));
			}));
		}
		var managed = new ArrayList<Managed>();
		for (int i = 0; i < MANAGERS; i++) {
			var managerAgency = bidding.agency();
			var draft = bidding.draft(managerAgency, "Quieter bin lorries " + i);
			var open = bidding.challenge(managerAgency, "Cooler school yards " + i);
			var asker = bidding.company(managerAgency, Language.ENGLISH);
			bidding.as(asker.owner(), asker.id(),
					() -> clarifications.ask(open.id(), "Can the pilot use the yards during the holidays?"));
			var manager = new Managed(email(managerAgency.manager()), draft, open);
			managed.add(manager);
			journeys.add(new Journey("manager-" + i, Language.ENGLISH, browser -> manage(browser, manager)));
		}
		var scores = new ConcurrentHashMap<String, Integer>();
		for (int e = 0; e < panel.evaluators().size(); e++) {
			var evaluator = panel.evaluators().get(e);
			var number = e;
			journeys.add(new Journey("evaluator-" + e, Language.ENGLISH,
					browser -> evaluate(browser, email(evaluator), evaluator, number, panel, scores)));
		}
		assertThat(journeys).hasSizeGreaterThanOrEqualTo(20);

		var duration = runAtOnce(journeys);

		// Companies: the receipt on screen is the version stored, with the very file
		// uploaded, mailed once.
		for (var company : companies) {
			var receipt = receipts.get(company.ownerEmail());
			assertThat(receipt.version()).isEqualTo(1);
			var stored = jdbc.sql("""
					SELECT v.digest, a.content FROM proposal p
					JOIN proposal_version v ON v.proposal_id = p.id
					JOIN proposal_version_attachment va ON va.proposal_id = v.proposal_id AND va.number = v.number
					JOIN proposal_attachment a ON a.id = va.attachment_id
					WHERE p.company_id = ? AND p.challenge_id = ? AND p.state = 'SUBMITTED'
					""")
				.params(company.id().id(), rush.id().id())
				.query((rs, row) -> Map.entry(rs.getString("digest"), rs.getBytes("content")))
				.list();
			assertThat(stored).singleElement().satisfies(version -> {
				assertThat(version.getKey()).isEqualTo(receipt.digest());
				assertThat(version.getValue()).isEqualTo(uploads.get(company.ownerEmail()));
			});
		}
		// Managers: the draft is published, the answer is public.
		for (var manager : managed) {
			assertThat(challenges.challenge(manager.draft()).orElseThrow().state()).isEqualTo(ChallengeState.PUBLISHED);
			assertThat(jdbc.sql("SELECT answer FROM challenge_question WHERE challenge_id = ? AND state = 'ANSWERED'")
				.param(manager.open().id().id())
				.query(String.class)
				.list()).containsExactly(ANSWER);
		}
		// Evaluators: every sheet submitted with the points clicked.
		for (var evaluator : panel.evaluators()) {
			for (var proposal : panel.proposals()) {
				for (int c = 0; c < panel.qualitative().size(); c++) {
					var criterion = panel.qualitative().get(c);
					var points = jdbc
						.sql("""
								SELECT s.points FROM evaluation_score s JOIN evaluation_sheet sheet
								  ON sheet.proposal_id = s.proposal_id AND sheet.person_id = s.person_id
								WHERE s.proposal_id = ? AND s.person_id = ? AND s.criterion_id = ? AND sheet.submitted_at IS NOT NULL
								""")
						.params(proposal.id(), evaluator.id(), criterion.id().id())
						.query(Integer.class)
						.list();
					assertThat(points).containsExactly(scores.get(evaluator + "/" + proposal + "/" + c));
				}
			}
		}
		// Every receipt is mailed, once.
		await().atMost(PATIENCE)
			.until(() -> jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE status = 'PENDING'")
				.query(Long.class)
				.single() == 0 && companies.stream().allMatch(company -> !TestMail.to(company.ownerEmail()).isEmpty()));
		for (var company : companies) {
			assertThat(TestMail.to(company.ownerEmail())).extracting(TestMail::subject)
				.containsOnlyOnce("Receipt of your proposal for " + rush.reference() + " (version 1)");
		}
		log.info("Browser load: {} journeys at once in {} s; load average {}", journeys.size(), duration.toSeconds(),
				ResourceSampler.loadAverage());
	}

	private record Managed(String email, ChallengeId draft, ChallengeSummary open) {
	}

	/**
	 * Starts a browser per journey, then runs every journey at once and waits until all
	 * have ended.
	 */
	private Duration runAtOnce(List<Journey> journeys) throws Exception {
		var ready = new CountDownLatch(journeys.size());
		var go = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(journeys.size());
		var browsers = new CopyOnWriteArrayList<Browser>();
		try (var sampler = ResourceSampler.every(Duration.ofSeconds(2))) {
			var outcomes = new ArrayList<Future<?>>();
			for (var journey : journeys) {
				outcomes.add(pool.submit(() -> {
					var browser = Browser.start("http://localhost:" + port, journey.language(), PATIENCE);
					browsers.add(browser);
					ready.countDown();
					go.await();
					run(journey, browser);
					return null;
				}));
			}
			assertThat(ready.await(10, TimeUnit.MINUTES)).as("every browser started").isTrue();
			log.info("Browser load: {} browsers started; load average {}", journeys.size(),
					ResourceSampler.loadAverage());
			var started = Instant.now();
			go.countDown();
			for (var outcome : outcomes) {
				outcome.get(20, TimeUnit.MINUTES);
			}
			var duration = Duration.between(started, Instant.now());
			log.info("Browser load: {}", sampler.peaks());
			return duration;
		}
		finally {
			pool.shutdownNow();
			// Closed here, not by the journeys' threads, which a failure interrupts: no
			// browser outlives the test.
			browsers.forEach(Browser::close);
		}
	}

	/**
	 * Runs the journey and checks that no error was shown; keeps a screenshot and the
	 * page when it fails.
	 */
	private static void run(Journey journey, Browser browser) throws IOException {
		try {
			journey.steps().accept(browser);
			assertThat(browser.errorNotifications()).as("errors shown to %s", journey.name()).isEmpty();
		}
		catch (RuntimeException | AssertionError failure) {
			var directory = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(directory.resolve("BrowserLoadIT-" + journey.name() + ".png"),
					browser.driver().getScreenshotAs(OutputType.BYTES));
			Files.writeString(directory.resolve("BrowserLoadIT-" + journey.name() + ".html"),
					browser.driver().getPageSource());
			throw new AssertionError(journey.name() + " did not complete", failure);
		}
	}

	/**
	 * An anonymous visitor browses the open challenges, searches one by a word and reads
	 * it.
	 */
	private static void visit(Browser browser, ChallengeSummary rush) {
		browser.open("/challenges");
		browser.$(".challenge-card");
		browser.type("#challenge-search", "frost");
		browser.click("#search-button");
		browser.waitForText(".challenge-card h2 a", RUSH_TITLE);
		browser.click(".challenge-card h2 a");
		browser.waitForUrl(url -> url.endsWith("/challenges/" + rush.reference()));
		browser.waitForText("h1", RUSH_TITLE);
		browser.open("/challenges?cpv=72");
		browser.$(".challenge-card");
		assertThat(browser.$$(".challenge-card h2 a")).extracting(WebElement::getText).contains(RUSH_TITLE);
	}

	/**
	 * A challenge manager publishes a draft, then answers the question waiting on an open
	 * challenge.
	 */
	private static void manage(Browser browser, Managed manager) {
		browser.signIn(manager.email());
		browser.open("/agency/challenges/" + manager.draft() + "/edit");
		browser.click("#publish-challenge");
		browser.confirm();
		browser.waitForUrl(url -> url.endsWith("/agency/challenges/" + manager.draft()));
		browser.open("/agency/challenges/" + manager.open().id());
		var question = browser.$("#pending-questions .card");
		var texts = question.findElements(By.cssSelector("vaadin-text-area"));
		browser.type(texts.get(0), "Can the pilot use the school yards during the holidays?");
		browser.type(texts.get(1), ANSWER);
		browser.clickText("vaadin-button", "Publish the answer");
		browser.waitForVaadin();
		browser.open("/challenges/" + manager.open().reference());
		browser.waitForContent("#questions-and-answers", ANSWER);
	}

	/** An evaluator declares no conflict with any bidder, then scores every proposal. */
	private static void evaluate(Browser browser, String email, PersonId evaluator, int number,
			TestEvaluation.Scenario panel, Map<String, Integer> scores) {
		browser.signIn(email);
		browser.open("/evaluation/challenges/" + panel.challenge().id() + "/declarations");
		browser.$(".declaration");
		for (var declaration : browser.$$(".declaration")) {
			clickText(browser, declaration, "vaadin-radio-button", "No conflict");
		}
		browser.click("#submit-declarations");
		browser.confirm();
		browser.waitForUrl(url -> url.endsWith("/evaluation/challenges/" + panel.challenge().id()));
		for (int p = 0; p < panel.proposals().size(); p++) {
			ProposalId proposal = panel.proposals().get(p);
			browser.open("/evaluation/proposals/" + proposal);
			browser.waitForTextContaining("#main-content h2", "The proposal");
			var groups = browser.$$(".scoring-criteria vaadin-radio-group");
			var texts = browser.$$(".scoring-criteria vaadin-text-area");
			for (int c = 0; c < groups.size(); c++) {
				var points = (number + p + c) % 6;
				scores.put(evaluator + "/" + proposal + "/" + c, points);
				clickText(browser, groups.get(c), "vaadin-radio-button", String.valueOf(points));
				var input = texts.get(c).findElement(By.cssSelector("textarea"));
				input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
				input.sendKeys("Evaluator " + number + " gives " + points
						+ " points, as the proposal explains on its first page.");
				input.sendKeys(Keys.TAB);
				browser.waitForVaadin();
			}
			browser.click("#submit-scores");
			browser.confirm();
			browser.waitForTextContaining("#main-content", "You have submitted your scores for this proposal");
		}
	}

	private static void clickText(Browser browser, WebElement within, String cssSelector, String text) {
		browser.click(within.findElements(By.cssSelector(cssSelector))
			.stream()
			.filter(element -> element.getText().strip().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + cssSelector + " with text " + text)));
	}

	private String email(PersonId person) {
		return directory.person(person).orElseThrow().email();
	}

}
