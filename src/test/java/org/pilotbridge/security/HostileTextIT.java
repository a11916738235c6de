package org.pilotbridge.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;

import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionScreening;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.consultation.ConsultationAnswering;
import org.pilotbridge.consultation.ConsultationDraft;
import org.pilotbridge.consultation.ConsultationManagement;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.identity.internal.SecurityHeaders;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.pilot.TestPilots;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main public pages in a real browser, in production mode, with a challenge, a
 * solution, a market consultation (and an answer published after its close) and a pilot's
 * public results whose texts are the hostile corpus: every payload shows as the text it
 * is, none runs (no handler fires, no element of the payload's own appears), while the
 * pages work under the Content Security Policy. The pages, the account pages and the
 * public API carry the security headers.
 */
@Import({ MutableClockConfiguration.class, TestBidding.class, TestIdentities.class, TestPilots.class })
class HostileTextIT extends BrowserTest {

	private static final String DETECT = """
			return {
			  pwned: window.pwned === 1,
			  handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,
			  frames: document.querySelectorAll('iframe').length
			};
			""";

	@Autowired
	TestBidding bidding;

	@Autowired
	ChallengeManagement challenges;

	@Autowired
	ChallengeDirectory directory;

	@Autowired
	TestPilots pilots;

	@Autowired
	PilotQuery pilotQuery;

	@Autowired
	PilotManagement pilotManagement;

	@Autowired
	MutableClock clock;

	@Autowired
	SolutionManagement solutions;

	@Autowired
	SolutionScreening screening;

	@Autowired
	SolutionQuery solutionQuery;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	ConsultationAnswering answering;

	@Autowired
	ConsultationQuery consultationQuery;

	@Autowired
	CacheManager caches;

	@Test
	void showsHostileTextsAsTextOnThePublicPagesAndRunsNoneOfThem() {
		var agency = bidding.agency();
		var template = bidding.challenge(agency);
		var title = "<img src=x onerror=\"window.pwned=1\"> Buses \u202Eevil\u202C \uD83D\uDE8C";
		var summary = "<script>window.pwned=1</script> ${7*7} '; DROP TABLE challenge; --";
		var challenge = publish(agency, template, title, summary,
				"[click](javascript:window.pwned=1) <svg/onload=window.pwned=1> **bold** <iframe src=\"https://evil.example\"></iframe>");

		open("/challenges");
		waitForTextContaining("main", "Buses");
		assertInert();
		assertThat($("main").getText()).contains("<img src=x onerror=\"window.pwned=1\"> Buses", summary);

		open("/challenges/" + challenge.reference());
		waitForTextContaining("h1", "Buses");
		assertInert();
		assertThat($("h1").getText()).contains("<img src=x onerror=\"window.pwned=1\">");
		assertThat(driver.findElements(By.cssSelector("main a[href^='javascript']"))).isEmpty();
		assertThat($("main").getText()).contains("bold", "<svg/onload=window.pwned=1>");
		assertThat(driver.getTitle()).contains("<img src=x onerror=");

		open("/challenges/" + template.reference());
		assertInert();
	}

	@Test
	void showsHostileTextsAsTextOnAPilotsPublicResultsAndRunsNoneOfThem() throws Exception {
		var now = clock.instant();
		// Published 22 days ago, so that its deadline has passed and it was awarded
		// yesterday.
		clock.set(now.minus(Duration.ofDays(22)));
		var awarded = pilots.awarded();
		clock.set(now);
		var milestone = "<img src=x onerror=\"window.pwned=1\"> Kick-off \u202Eevil\u202C \uD83D\uDE8C";
		var reason = "<script>window.pwned=1</script> ${7*7} '; DROP TABLE pilot; --";
		var lessons = "[click](javascript:window.pwned=1) <svg/onload=window.pwned=1> **bold** <iframe src=\"https://evil.example\"></iframe>";
		var account = "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">open</a> =HYPERLINK(\"https://evil.example\",\"Click\") _ours_";
		var agency = awarded.agency();
		var today = LocalDate.ofInstant(now, ChallengeDraft.DEFAULT_TIME_ZONE);
		bidding.as(agency.manager(), agency.id(), () -> {
			var pilot = pilotQuery.byReference(awarded.pilot()).pilot();
			var number = pilotManagement.addMilestone(pilot.id(), pilot.version(), milestone, today);
			pilotManagement.start(pilot.id(), pilot.version() + 1);
			pilotManagement.markMilestone(pilot.id(), pilot.version() + 2, number, true);
			pilotManagement.stop(pilot.id(), pilot.version() + 3, reason);
			pilotManagement.recordResults(pilot.id(), pilot.version() + 4,
					new PilotResults(PilotOutcome.DID_NOT_SUCCEED, lessons, PilotDecision.STOP));
		});
		var winner = awarded.winner();
		bidding.as(winner.owner(), winner.company(), () -> {
			var pilot = pilotQuery.byReference(awarded.pilot()).pilot();
			pilotManagement.writeAccount(pilot.id(), pilot.version(), account);
		});
		bidding.as(agency.manager(), agency.id(), () -> {
			var pilot = pilotQuery.byReference(awarded.pilot()).pilot();
			pilotManagement.publishResults(pilot.id(), pilot.version());
		});

		open("/results/" + awarded.pilot());
		waitForText("h1", awarded.challenge().title());
		assertInert();
		assertThat($("#milestones").getText()).contains("<img src=x onerror=\"window.pwned=1\"> Kick-off");
		assertThat($("#stop-reason").getText()).isEqualTo(reason);
		assertThat($("#lessons").getText()).contains("click", "<svg/onload=window.pwned=1>", "bold");
		assertThat($$("#lessons strong")).extracting(WebElement::getText).containsExactly("bold");
		assertThat($("#company-account").getText()).contains("=HYPERLINK(", "ours");
		assertThat(driver.findElements(By.cssSelector("main a[href^='javascript'], main a[href^='data']"))).isEmpty();

		// The page's description for search engines and link previews is the lessons'
		// words, without markup.
		var head = org.jsoup.Jsoup
			.parse(HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url("/results/" + awarded.pilot()))).GET().build(),
						HttpResponse.BodyHandlers.ofString())
				.body())
			.head();
		assertThat(head.select("svg, iframe, img, a")).isEmpty();
		assertThat(head.select("meta[name=description]").attr("content")).contains("click", "bold")
			.doesNotContain("javascript");

		open("/results");
		waitForTextContaining("#stories", awarded.challenge().title());
		assertInert();
	}

	@Test
	void showsHostileTextsAsTextOnTheCataloguesPagesAndRunsNoneOfThem() {
		var agency = bidding.agency();
		var company = bidding.company(agency, Language.ENGLISH);
		var name = "<img src=x onerror=\"window.pwned=1\"> Sensors \u202Eevil\u202C \uD83D\uDE8C";
		var pitch = "<script>window.pwned=1</script> ${7*7} '; DROP TABLE solution; --";
		var text = "[click](javascript:window.pwned=1) <svg/onload=window.pwned=1> **bold** <iframe src=\"https://evil.example\"></iframe>";
		var solution = bidding.as(company.owner(), company.id(), () -> {
			var created = solutions.create(company.id(), SolutionProfile.builder()
				.name(name)
				.pitch(pitch)
				.description(text)
				.problemsSolved(text)
				.customerReferences(
						"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">open</a> =HYPERLINK(\"https://evil.example\",\"Click\")")
				.cpvCodes(List.of("72000000-5"))
				.trl(7)
				.languages(List.of(Language.ENGLISH))
				.build());
			solutions.submit(created);
			return created;
		});
		bidding.as(agency.admin(), null,
				() -> screening.approve(solution,
						screening.pending()
							.stream()
							.filter(pending -> pending.id().equals(solution))
							.findFirst()
							.orElseThrow()
							.version()));
		var reference = bidding.as(company.owner(), company.id(), () -> solutionQuery.managed(solution).reference());

		open("/solutions?q=Sensors");
		waitForTextContaining("main", "Sensors");
		assertInert();
		assertThat($("main").getText()).contains("<img src=x onerror=\"window.pwned=1\"> Sensors", pitch);

		open("/solutions/" + reference);
		waitForTextContaining("h1", "Sensors");
		assertInert();
		assertThat($("h1").getText()).contains("<img src=x onerror=\"window.pwned=1\">");
		assertThat($("#description").getText()).contains("click", "<svg/onload=window.pwned=1>", "bold");
		assertThat($$("#description strong")).extracting(WebElement::getText).containsExactly("bold");
		assertThat($("#customer-references").getText()).contains("=HYPERLINK(");
		assertThat(driver.findElements(By.cssSelector("main a[href^='javascript'], main a[href^='data']"))).isEmpty();
		assertThat(driver.getTitle()).contains("<img src=x onerror=");

		var title = "<img src=x onerror=\"window.pwned=1\"> Quiet \u202Eevil\u202C";
		var question = "<script>window.pwned=1</script> ${7*7} {0} #{7*7}?";
		var consultation = bidding.as(agency.manager(), agency.id(), () -> consultations.publish(agency.id(),
				ConsultationDraft.of(title, text, List.of(question), List.of("72000000-5"), Language.ENGLISH,
						LocalDateTime
							.ofInstant(clock.instant().plus(Duration.ofDays(2)), ConsultationDraft.DEFAULT_TIME_ZONE)
							.withNano(0))));
		var answer = "<svg/onload=window.pwned=1> '; DROP TABLE consultation_answer; -- <b>bold</b>";
		bidding.as(company.owner(), company.id(),
				() -> answering.answer(consultation, company.id(), List.of(answer), true));
		var consultationReference = bidding.as(agency.manager(), agency.id(),
				() -> consultationQuery.managed(consultation).reference());

		open("/consultations");
		waitForTextContaining("main", "Quiet");
		assertInert();
		open("/consultations/" + consultationReference);
		waitForTextContaining("h1", "Quiet");
		assertInert();
		assertThat($("h1").getText()).contains("<img src=x onerror=\"window.pwned=1\">");
		assertThat($("#questions").getText()).contains(question);
		assertThat($$("#problem strong")).extracting(WebElement::getText).containsExactly("bold");

		var now = clock.instant();
		clock.advance(Duration.ofDays(3));
		try {
			// Three days pass on the application's clock, a few seconds on the browser's:
			// its copy of the page (public, for a minute at most) would still be fresh,
			// as it never is three days later.
			driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			open("/consultations/" + consultationReference);
			waitForTextContaining("#results", "DROP TABLE");
			assertInert();
			assertThat($("#results").getText()).contains(answer, company.name());
		}
		finally {
			clock.set(now);
			caches.getCacheNames().forEach(cache -> caches.getCache(cache).clear());
		}
	}

	@Test
	void sendsTheSecurityHeadersWithPagesAccountPagesAndData() throws Exception {
		var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		for (var path : List.of("/", "/fr/accessibility", "/challenges", "/fr/challenges", "/api/challenges",
				"/account/login", "/sign-in?failed")) {
			var response = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			var headers = response.headers();
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
			assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(policyOf(path));
			assertThat(headers.firstValue("Referrer-Policy")).as(path)
				.hasValue(path.startsWith("/account") ? "no-referrer" : "strict-origin-when-cross-origin");
			assertThat(headers.firstValue("Strict-Transport-Security")).as("%s over plain HTTP", path).isEmpty();
		}
		var page = http.send(HttpRequest.newBuilder(URI.create(url("/"))).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(page.headers().allValues("Set-Cookie")).as("no session for a visitor of the public site").isEmpty();
		var workspace = http.send(HttpRequest.newBuilder(URI.create(url("/sign-in?failed"))).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(workspace.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(
					cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	private static String policyOf(String path) {
		if (path.startsWith("/account")) {
			return SecurityHeaders.ACCOUNT_PAGES_POLICY;
		}
		return path.startsWith("/api") || path.startsWith("/sign-in") ? SecurityHeaders.APPLICATION_POLICY
				: SecurityHeaders.PUBLIC_SITE_POLICY;
	}

	/** Publishes a challenge like the model, with the texts given. */
	private ChallengeSummary publish(TestBidding.Agency agency, ChallengeSummary draft, String title, String summary,
			String text) {
		var id = bidding.as(agency.manager(), agency.id(), () -> {
			var created = challenges.createDraft(agency.id(),
					ChallengeDraft.builder()
						.title(title)
						.summary(summary)
						.problemStatement(text)
						.context(text)
						.expectedOutcome("Fewer kilometres.")
						.constraints("")
						.budgetCap(draft.budgetCap())
						.pilotDurationWeeks(draft.pilotDurationWeeks())
						.questionsDeadline(local(draft.questionsDeadline()))
						.proposalsDeadline(local(draft.proposalsDeadline()))
						.criteria(draft.criteria()
							.stream()
							.map(c -> CriterionData.of(c.name(), c.description(), c.weight(), c.type()))
							.toList())
						.cpvCodes(List.of("72000000-5"))
						.languages(draft.languages())
						.build());
			challenges.publish(created);
			return created;
		});
		return directory.challenge(id).orElseThrow();
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ChallengeDraft.DEFAULT_TIME_ZONE).withNano(0);
	}

	@SuppressWarnings("unchecked")
	private void assertInert() {
		waitForVaadin();
		var found = (Map<String, Object>) driver.executeScript(DETECT);
		assertThat(found.get("pwned")).as("a payload ran").isEqualTo(false);
		assertThat(((Number) found.get("handlers")).intValue()).as("elements with event handler attributes").isZero();
		assertThat(((Number) found.get("frames")).intValue()).as("frames").isZero();
	}

}
