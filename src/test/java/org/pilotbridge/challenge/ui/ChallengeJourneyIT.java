package org.pilotbridge.challenge.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pilotbridge.challenge.AgencyDashboard;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeState;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The challenge journey of the issue in a real browser: a manager writes and publishes a
 * challenge with three criteria; a visitor finds it by a French word and by its CPV
 * division; a company member follows it and asks a question; the manager publishes an
 * anonymised answer and the follower gets the e-mail; the manager extends the deadline
 * and the follower is told. Then the officer's time: a failed publish says what is
 * missing, at the top and at each field, without keeping a draft; dates are typed and
 * shown day first; a draft is deleted once confirmed.
 */
@Import(TestIdentities.class)
class ChallengeJourneyIT extends BrowserTest {

	@Autowired
	TestIdentities identities;

	@Autowired
	RunAs runAs;

	String managerEmail;

	String followerEmail;

	PersonId manager;

	OrganisationId agency;

	@BeforeEach
	void agencyAndCompany() {
		TestMail.purge();
		var run = UUID.randomUUID().toString().substring(0, 8);
		managerEmail = "manager." + run + "@test.example";
		followerEmail = "follower." + run + "@test.example";
		var admin = identities.platformAdmin("Ada Admin");
		manager = runAs.system(() -> identities.personWithEmail("Marie Manager", managerEmail));
		PersonId follower = runAs.system(() -> identities.personWithEmail("Felix Follower", followerEmail));
		agency = identities.agency(manager, "City of Testville " + run);
		OrganisationId company = identities.company(follower, "Snowtech " + run);
		identities.verify(admin, agency);
		identities.verify(admin, company);
	}

	@Test
	void aChallengeIsPublishedFoundQuestionedAnsweredAndExtended() throws Exception {
		signIn(managerEmail);
		open("/agency/challenges/new");
		type("#challenge-title", "Déneigement intelligent des pistes cyclables");
		type("#challenge-summary",
				"Les pistes cyclables gèlent avant les routes. Nous cherchons à prévoir le verglas.");
		type("#challenge-problemStatement", "Chaque hiver, le verglas rend nos pistes cyclables dangereuses.");
		type("#challenge-context", "La ville compte 85 km de pistes cyclables.");
		type("#challenge-expectedOutcome", "Moins de chutes et moins de sel.");
		type("#challenge-constraints", "Démarrage avant le 15 janvier.");
		type("#challenge-budgetCap", "20000");
		type("#challenge-pilotDurationWeeks", "12");
		var now = LocalDateTime.now(ZoneId.of("Europe/Brussels")).withSecond(0).withNano(0);
		dateTime("#challenge-questionsDeadline", now.plusDays(16).withHour(12).withMinute(0));
		dateTime("#challenge-proposalsDeadline", now.plusDays(30).withHour(17).withMinute(0));
		criterion(0, "Qualité de la prévision", "40", "Scored by the panel");
		criterion(1, "Facilité d’usage", "30", "Scored by the panel");
		criterion(2, "Prix", "30", "Price");
		waitForText("#weight-total", "The weights add up to 100 of 100.");
		type("#challenge-cpvCodes", "72000000");
		clickText("vaadin-combo-box-item",
				"72000000-5 IT services: consulting, software development, Internet and support");
		assertThat($("#challenge-cpv-chosen li").getText()).startsWith("72000000-5 IT services");
		selectItem("#challenge-languages", "Français");
		click("#publish-challenge");
		browser().confirm();
		waitForUrl(url -> url.contains("/agency/challenges/") && !url.endsWith("/edit") && !url.endsWith("/new"));
		waitForVaadin();
		assertThat($("main").getText()).contains("Open");
		var reference = driver.findElement(By.partialLinkText("Public page"))
			.getText()
			.replace("Public page ", "")
			.strip();

		driver.manage().deleteAllCookies();
		open("/challenges");
		type("#challenge-search", "verglas");
		click("#search-button");
		waitForText(".challenge-card h2 a", "Déneigement intelligent des pistes cyclables");
		assertThat(driver.getCurrentUrl()).endsWith("/challenges?q=verglas");
		assertThat($(".challenge-card mark").getText()).isEqualTo("verglas");
		assertAccessible();
		open("/challenges?cpv=72");
		waitForText(".challenge-card h2 a", "Déneigement intelligent des pistes cyclables");
		open("/challenges?cpv=34");
		assertThat($$(".challenge-card")).isEmpty();

		open("/challenges/" + reference);
		assertThat($("h1").getText()).isEqualTo("Déneigement intelligent des pistes cyclables");
		assertAccessible();

		click("#take-part");
		type("#email", followerEmail);
		type("#password", TestIdentities.PASSWORD);
		click("button[type=submit]");
		waitForUrl(url -> url.endsWith("/challenges/" + reference));
		assertThat($("#account-menu summary").getText()).contains("Felix Follower");
		click("#follow");
		waitForText("#follow", "Stop following");
		assertThat($("#follow").getDomAttribute("aria-pressed")).isEqualTo("true");
		type("#question", "Felix from Snowtech asks: can we reuse the city’s road weather stations?");
		click("#ask");
		waitForTextContaining("#my-questions", "Waiting for an answer");
		assertThat($("main").getText()).contains("Your question has been sent to the agency.");
		assertAccessible();

		signIn(managerEmail);
		open("/challenges/" + reference);
		click("#manage-challenge");
		waitForVaadin();
		var question = $("#pending-questions .card");
		var published = question.findElements(By.cssSelector("vaadin-text-area")).get(0);
		type(published, "Can the pilot reuse the city’s road weather stations?");
		type(question.findElements(By.cssSelector("vaadin-text-area")).get(1),
				"Yes: the data of our six road weather stations is available to the pilot.");
		clickText("vaadin-button", "Publish the answer");
		waitForVaadin();

		// The follower asked the question: told that it is answered, not of a new answer.
		var answerMail = TestMail.awaitMail(followerEmail,
				"Your question about “Déneigement intelligent des pistes cyclables” is answered");
		assertThat(TestMail.firstLink(answerMail)).contains("/challenges/" + reference);
		open("/challenges/" + reference);
		assertThat($("#questions-and-answers").getText())
			.contains("Can the pilot reuse the city’s road weather stations?")
			.doesNotContain("Felix")
			.doesNotContain("Snowtech");

		click("#manage-challenge");
		waitForVaadin();
		click("#edit-challenge");
		waitForVaadin();
		dateTime("#challenge-proposalsDeadline", now.plusDays(37).withHour(17).withMinute(0));
		click("#save-amendment");
		type("#amendment-reason", "Several companies asked for more time over the holidays.");
		click("#confirm-amendment");
		waitForUrl(url -> !url.endsWith("/edit"));

		TestMail.awaitMail(followerEmail, "More time for “Déneigement intelligent des pistes cyclables”");
		open("/challenges/" + reference);
		assertThat($("main").getText()).contains("Several companies asked for more time over the holidays.");
	}

	@Test
	void sendsTheTitleAndDescriptionInTheHtmlOfAChallengePage() throws Exception {
		var reference = publishedByService();
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/challenges/" + reference))).GET().build(),
					HttpResponse.BodyHandlers.ofString());

		var head = Jsoup.parse(response.body()).head();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(head.select("title").text()).isEqualTo("Fewer half-empty bins · Pilotbridge");
		assertThat(head.select("meta[property=og:description]").attr("content"))
			.isEqualTo("Our rounds empty bins whether they are full or not.");
		assertThat(head.select("meta[property=og:title]").attr("content")).isEqualTo("Fewer half-empty bins");
		var image = head.select("meta[property=og:image]").attr("content");
		assertThat(image).isEqualTo(url("/cards/challenges/" + reference + ".png"));
		var picture = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(image)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(picture.statusCode()).isEqualTo(200);
		assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(head.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
	}

	@Test
	void anAgencyPublishesOnlyOnceAnAdministratorHasVerifiedIt() {
		var waitingManagerEmail = "waiting." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		var waitingManager = runAs.system(() -> identities.personWithEmail("Wanda Waiting", waitingManagerEmail));
		var waitingAgency = identities.agency(waitingManager, "Town of Pendingham " + UUID.randomUUID());
		var draft = runAs.person(waitingManager, waitingAgency,
				() -> challenges.createDraft(waitingAgency, completeDraft("Quieter bin lorries")));

		signIn(waitingManagerEmail);
		open("/agency/challenges/" + draft.id() + "/edit");
		click("#publish-challenge");
		browser().confirm();

		waitForTextContaining(".error-summary", "Your agency has not been verified yet. A platform administrator "
				+ "checks every agency before it can publish; you can keep preparing your draft meanwhile.");
		runAs.person(waitingManager, waitingAgency,
				() -> assertThat(directory.challenge(draft).orElseThrow().state()).isEqualTo(ChallengeState.DRAFT));

		identities.verify(identities.platformAdmin("Vera Verifier"), waitingAgency);
		// The manager is asked once, told who will hear of it, and can still step back.
		click("#publish-challenge");
		waitForText("#confirm-who-is-told",
				"Companies whose published solutions match its CPV codes, and people whose saved searches "
						+ "match it, are told by e-mail and in their notifications.");
		assertThat($("#confirm-what-happens").getText()).contains("becomes public",
				"only by an amendment with a public reason");
		assertAccessible();
		click("#confirm-cancel");
		browser().waiting().until(d -> d.findElements(By.id("confirm-action")).isEmpty());
		assertThat(driver.getCurrentUrl()).endsWith("/agency/challenges/" + draft.id() + "/edit");
		runAs.person(waitingManager, waitingAgency, () -> {
			var cancelled = directory.challenge(draft).orElseThrow();
			assertThat(cancelled.state()).as("cancelling publishes nothing").isEqualTo(ChallengeState.DRAFT);
			assertThat(cancelled.reference()).isNull();
		});

		click("#publish-challenge");
		browser().confirm();
		waitForUrl(url -> url.endsWith("/agency/challenges/" + draft.id()));
		runAs.person(waitingManager, waitingAgency,
				() -> assertThat(directory.challenge(draft).orElseThrow().state()).isEqualTo(ChallengeState.PUBLISHED));
	}

	@Test
	void aFailedPublishOfAChallengeNeverSavedSaysWhatIsMissingAtTheTopAndKeepsNoDraft() {
		signIn(managerEmail);
		open("/agency/challenges/new");
		type("#challenge-title", "Quieter streets at night");
		// The 25th: a day no US-style reading could take for a month.
		var deadline = LocalDate.now(ZoneId.of("Europe/Brussels")).plusMonths(2).withDayOfMonth(25).atTime(17, 0);
		dateTime("#challenge-proposalsDeadline", deadline);
		assertThat($("#challenge-proposalsDeadline vaadin-date-picker input").getDomProperty("value"))
			.as("an English date shown day first")
			.isEqualTo(deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		assertThat($("#challenge-proposalsDeadline vaadin-time-picker input").getDomProperty("value"))
			.isEqualTo("17:00");

		click("#publish-challenge");
		browser().confirm();

		waitForTextContaining(".error-summary", "There is a problem");
		assertThat($(".error-summary").getDomAttribute("role")).isEqualTo("alert");
		assertThat($$(".error-summary li").stream().map(WebElement::getText).toList())
			.contains("Summary: Please fill in this field.")
			.anySatisfy(line -> assertThat(line).startsWith("Budget cap (excluding VAT): "))
			.anySatisfy(line -> assertThat(line).startsWith("Award criteria: "));
		assertThat($("#challenge-summary").getDomProperty("invalid")).as("the error also at its field")
			.isEqualTo("true");
		assertThat($("#challenge-summary").getDomProperty("errorMessage")).isEqualTo("Please fill in this field.");
		assertAccessible();

		clickText(".error-summary a", "Summary: Please fill in this field.");
		new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage("the link moves the focus to its field")
			.until(d -> (Boolean) ((JavascriptExecutor) d)
				.executeScript("return document.activeElement?.closest('#challenge-summary') != null"));

		assertThat(driver.getCurrentUrl()).as("still a new challenge").endsWith("/agency/challenges/new");
		runAs.person(manager, agency,
				() -> assertThat(dashboard.dashboard().challenges()).as("no draft created by surprise").isEmpty());
	}

	@Test
	void aManagerDeletesADraftOnceConfirmed() {
		var draft = runAs.person(manager, agency,
				() -> challenges.createDraft(agency, completeDraft("A draft nobody needs")));
		var listed = runAs.person(manager, agency,
				() -> challenges.createDraft(agency, completeDraft("Another draft nobody needs")));
		signIn(managerEmail);
		open("/agency/challenges/" + draft.id() + "/edit");

		click("#delete-draft");
		waitForTextContaining("#confirm-what-happens", "“A draft nobody needs”");
		assertAccessible();
		browser().confirm();

		waitForUrl(url -> url.endsWith("/agency"));
		runAs.person(manager, agency, () -> assertThat(directory.challenge(draft)).isEmpty());

		// The other draft is deleted from its row in the list, without opening it.
		click("#delete-draft-" + listed.id());
		waitForTextContaining("#confirm-what-happens", "“Another draft nobody needs”");
		assertThat($("#confirm-who-is-told").getText()).startsWith("Nobody is told.");
		browser().confirm();

		waitForTextContaining("vaadin-notification-card", "The draft “Another draft nobody needs” is deleted.");
		assertThat($$("#delete-draft-" + listed.id())).as("its row gone").isEmpty();
		assertThat($("#agency-challenges").getText()).doesNotContain("Another draft nobody needs");
		runAs.person(manager, agency, () -> assertThat(directory.challenge(listed)).isEmpty());
	}

	/** A challenge written and published through the services, as its manager. */
	private String publishedByService() {
		return runAs.person(manager, agency, () -> {
			var id = challenges.createDraft(agency, completeDraft("Fewer half-empty bins"));
			challenges.publish(id);
			return directory.challenge(id).orElseThrow().reference();
		});
	}

	/** A draft with everything publication needs. */
	private ChallengeDraft completeDraft(String title) {
		var now = LocalDateTime.now(ZoneId.of("Europe/Brussels")).withSecond(0).withNano(0);
		return ChallengeDraft.builder()
			.title(title)
			.summary("Our rounds empty bins whether they are full or not.")
			.problemStatement("Half of the bins are nearly empty when emptied.")
			.context("Six trucks.")
			.expectedOutcome("Fewer kilometres.")
			.constraints("Data stays in the EU.")
			.budgetCap(Money.euros(25_000))
			.pilotDurationWeeks(16)
			.questionsDeadline(now.plusDays(15))
			.proposalsDeadline(now.plusDays(30))
			.criteria(List.of(CriterionData.of("Approach", "How", 60, CriterionType.QUALITATIVE),
					CriterionData.of("Price", "Total price", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("48000000-8"))
			.languages(List.of(Language.ENGLISH))
			.build();
	}

	@Autowired
	ChallengeManagement challenges;

	@Autowired
	ChallengeDirectory directory;

	@Autowired
	AgencyDashboard dashboard;

	private void type(WebElement field, String text) {
		var input = field.findElement(By.cssSelector("input, textarea"));
		input.clear();
		input.sendKeys(text);
		input.sendKeys(Keys.TAB);
	}

	private void criterion(int index, String name, String weight, String type) {
		if ($$(".criterion-row").size() <= index) {
			click("#add-criterion");
			waitForVaadin();
		}
		var row = $$(".criterion-row").get(index);
		type(row.findElements(By.cssSelector("vaadin-text-field")).get(0), name);
		type(row.findElement(By.cssSelector("vaadin-text-area")), "How we judge " + name);
		type(row.findElement(By.cssSelector("vaadin-integer-field")), weight);
		click(row.findElement(By.cssSelector("vaadin-select")));
		clickText("vaadin-select-list-box vaadin-select-item", type);
		waitForVaadin();
	}

	private void selectItem(String cssSelector, String label) {
		click(cssSelector);
		clickText("vaadin-select-list-box vaadin-select-item", label);
		waitForVaadin();
	}

}
