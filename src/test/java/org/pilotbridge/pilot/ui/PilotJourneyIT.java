package org.pilotbridge.pilot.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.pilot.TestPilots;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pilot journey of the issue in a real browser: a challenge was awarded yesterday;
 * its manager plans the pilot (dates, a milestone), starts it, marks the milestone done,
 * is told that the last day cannot be in the future, completes the pilot with its
 * outcome, lessons and decision, and publishes the results; the winning company adds its
 * account. Then anyone finds the pilot in the Results section, whose figures for the
 * agency show it, and reads its results page, whose HTML carries its meta tags. The
 * Results section and the pages on the way pass the accessibility audit.
 */
@Import({ MutableClockConfiguration.class, TestBidding.class, TestIdentities.class, TestPilots.class })
class PilotJourneyIT extends BrowserTest {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	TestPilots pilots;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	MutableClock clock;

	@Test
	void aPilotIsCompletedAndItsResultsAndThePlatformFiguresShowIt() throws Exception {
		var now = clock.instant();
		// The challenge is published 22 days ago, so that its deadline passed and it was
		// awarded yesterday.
		clock.set(now.minus(Duration.ofDays(22)));
		var awarded = pilots.awarded();
		clock.set(now);
		var reference = awarded.pilot();
		var title = awarded.challenge().title();
		var today = LocalDate.ofInstant(now, BRUSSELS);

		signIn(email(awarded.agency().manager()));
		open("/agency");
		click("#agency-pilots");
		waitForUrl(url -> url.endsWith("/pilots"));
		waitForTextContaining("#my-pilots", reference);
		assertAccessible();
		click("#my-pilots .manage-pilot");
		waitForUrl(url -> url.endsWith("/agency/pilots/" + reference));
		waitForText("h1", title);
		assertAccessible();

		browser().date("#pilot-end", today.plusWeeks(8));
		click("#save-dates");
		waitForTextContaining("vaadin-notification-card", "The dates of the pilot are saved.");
		type("#milestone-title", "Kick-off with the drivers");
		browser().date("#milestone-due", today.plusDays(2));
		click("#add-milestone");
		waitForTextContaining("vaadin-notification-card", "The milestone is added.");
		waitForContentContaining("#milestones .milestone-list", "Kick-off with the drivers");
		click("#start-pilot");
		browser().confirm();
		waitForTextContaining("vaadin-notification-card", "The pilot is running.");
		click("#milestones .milestone-done");
		waitForTextContaining("vaadin-notification-card", "The milestone is marked done.");

		clickText("#complete-outcome vaadin-radio-button", "Succeeded");
		type("#complete-lessons", "Weekly re-planning from tap-in data cut 18% of the kilometres.");
		clickText("#complete-decision vaadin-radio-button", "Procure at a larger scale");
		click("#complete-pilot");
		browser().confirm();
		waitForTextContaining("#complete-end", "The last day cannot be in the future.");
		assertThat(content(".pilot-status")).isEqualTo("Running");
		browser().date("#complete-end", today);
		click("#complete-pilot");
		browser().confirm();
		waitForTextContaining("vaadin-notification-card", "The pilot is completed.");
		waitForContent(".pilot-status", "Completed");
		// The earlier notifications fade out on their own; one fading as the page is
		// audited would fail the contrast rule, so audit once they are gone.
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
		assertAccessible();
		click("#publish-results");
		waitForTextContaining("vaadin-notification-card", "The results are published.");

		var winner = awarded.winner();
		signIn(email(winner.owner()));
		open("/pilots");
		click("#my-pilots .company-pilot");
		waitForUrl(url -> url.endsWith("/company/pilots/" + reference));
		type("#account", "The drivers' feedback shaped every route we tried.");
		click("#save-account");
		waitForTextContaining("vaadin-notification-card", "Your account is saved.");
		assertAccessible();

		driver.manage().deleteAllCookies();
		open("/");
		clickText(".site-nav a", "Results");
		waitForUrl(url -> url.endsWith("/results"));
		waitForContentContaining("#stories", title);
		assertThat($$("svg.chart")).hasSizeGreaterThanOrEqualTo(4);
		assertThat($$("svg.chart title"))
			.allSatisfy(chartTitle -> assertThat(chartTitle.getAttribute("textContent")).isNotBlank());
		var facts = challenges.published()
			.stream()
			.filter(challenge -> challenge.id().equals(awarded.challenge().id()))
			.findFirst()
			.orElseThrow();
		var days = ChronoUnit.DAYS.between(LocalDate.ofInstant(facts.publishedAt(), BRUSSELS),
				LocalDate.ofInstant(facts.decidedAt(), BRUSSELS));
		var agencyName = directory.organisation(awarded.agency().id()).orElseThrow().name();
		var row = driver
			.findElement(By.xpath("//table[@id='figures-per-agency']//tr[th[normalize-space()='" + agencyName + "']]"));
		// Challenges, proposals, awards, awards to SMEs, share, median days, completed,
		// stopped, and the outcomes.
		assertThat(row.findElements(By.tagName("td"))).extracting(cell -> cell.getAttribute("textContent"))
			.containsExactly("1", "2", "1", "1", "100 %", String.valueOf(days), "1", "0", "1", "0", "0");
		assertAccessible();

		click(driver.findElement(By.linkText(title)));
		waitForUrl(url -> url.endsWith("/results/" + reference));
		waitForText("h1", title);
		assertThat(content("#pilot-facts")).contains(winner.name(), "Succeeded", "Procure at a larger scale", "19,500");
		assertThat(content("#lessons")).contains("cut 18% of the kilometres");
		assertThat(content("#milestones")).contains("Kick-off with the drivers", "met");
		assertThat(content("#company-account")).contains("The drivers' feedback shaped every route we tried.");
		assertAccessible();

		var path = "/results/" + reference;
		var html = Jsoup.parse(get(path).body());
		assertThat(html.select("main #lessons").text()).as("the whole page in the first response, without a script")
			.contains("cut 18% of the kilometres");
		var head = html.head();
		assertThat(head.select("title").text()).isEqualTo(title + " · " + winner.name() + " · Pilotbridge");
		assertThat(head.select("meta[property=og:description]").attr("content"))
			.isEqualTo("Weekly re-planning from tap-in data cut 18% of the kilometres.");
		assertThat(head.select("link[rel=canonical]").attr("href")).endsWith(path);
		assertThat(head.select("meta[property=og:image]").attr("content"))
			.isEqualTo(url("/cards/results/" + reference + ".png"));
		assertThat(get("/cards/results/" + reference + ".png").statusCode()).isEqualTo(200);
		assertThat(get("/sitemap.xml").body()).contains(url(path) + "</loc>");
	}

	/**
	 * The text of an element, also when it is scrolled out of view in the application's
	 * layout.
	 */
	private String content(String cssSelector) {
		return $(cssSelector).getAttribute("textContent").strip();
	}

	private void waitForContent(String cssSelector, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.cssSelector(cssSelector)).getAttribute("textContent").strip().equals(text));
	}

	private void waitForContentContaining(String cssSelector, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(cssSelector))
				.stream()
				.anyMatch(element -> element.getAttribute("textContent").contains(text)));
	}

	private String email(PersonId person) {
		return directory.person(person).orElseThrow().email();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
	}

}
