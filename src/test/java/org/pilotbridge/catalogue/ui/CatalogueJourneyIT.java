package org.pilotbridge.catalogue.ui;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pilotbridge.catalogue.CatalogueSettings;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.catalogue.SolutionScreening;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.CriterionType;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue journeys of the issue in a real browser: a company describes a solution,
 * an administrator refuses it with a reason, the company fixes it and the administrator
 * publishes it (a text file named like a picture or a PDF is refused on the way, with the
 * reason shown); then anyone finds it in the catalogue, at an address whose HTML carries
 * its meta tags and which the sitemap lists. A manager sees the solutions suggested for a
 * challenge and invites a company.
 */
@Import({ TestIdentities.class, MutableClockConfiguration.class })
class CatalogueJourneyIT extends BrowserTest {

	@Autowired
	TestIdentities identities;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	RunAs runAs;

	@Autowired
	MutableClock clock;

	@Autowired
	CatalogueSettings settings;

	@Autowired
	SolutionManagement solutions;

	@Autowired
	SolutionScreening screening;

	@Autowired
	ChallengeManagement challenges;

	String run;

	String adminEmail;

	String managerEmail;

	String ownerEmail;

	PersonId admin;

	PersonId manager;

	PersonId owner;

	OrganisationId agency;

	OrganisationId company;

	@BeforeEach
	void agencyCompanyAndAdministrator() {
		run = UUID.randomUUID().toString().substring(0, 8);
		adminEmail = "admin." + run + "@test.example";
		managerEmail = "manager." + run + "@test.example";
		ownerEmail = "owner." + run + "@test.example";
		admin = runAs
			.system(() -> accounts.provision("Ada Admin", adminEmail, TestIdentities.PASSWORD, Language.ENGLISH, true));
		manager = runAs.system(() -> identities.personWithEmail("Marie Manager", managerEmail));
		owner = runAs.system(() -> identities.personWithEmail("Olga Owner", ownerEmail));
		agency = identities.agency(manager, "City of Testville " + run);
		company = identities.company(owner, "Binsense " + run);
		identities.verify(admin, agency);
		identities.verify(admin, company);
	}

	@Test
	void aSolutionIsRefusedFixedPublishedAndFoundInTheCatalogue() throws Exception {
		var name = "Bin fill sensors " + run;
		signIn(ownerEmail);
		open("/company/solutions");
		assertAccessible();
		click("#new-solution");
		waitForUrl(url -> url.endsWith("/company/solutions/new"));
		type("#solution-name", name);
		type("#solution-pitch", "Ultrasonic sensors tell your crews which street bins are full.");
		type("#solution-description", "Each sensor clips under the **lid** of a street bin and reports every hour.");
		type("#solution-problemsSolved", "Half-empty bins emptied on fixed rounds; overflowing bins on market days.");
		type("#solution-customerReferences", "Used in two Flemish towns since 2024.");
		type("#solution-website", "https://binsense.example/product");
		type("#solution-cpvCodes", "72000000");
		clickText("vaadin-combo-box-item",
				"72000000-5 IT services: consulting, software development, Internet and support");
		waitForTextContaining("#solution-cpv-chosen li", "72000000-5");
		selectItem("#solution-trl", "TRL 8 · System complete and qualified");
		click("#save-solution");
		waitForUrl(url -> url.endsWith("/edit"));
		waitForContent("#solution-status", "Draft");
		upload("#solution-image-upload", png());
		waitForContent(".image-list li", "bins.png");
		upload("#solution-image-upload", textFile("holiday.png"));
		waitForTextContaining("vaadin-notification-card", "This file is not a PNG or JPEG picture.");
		upload("#solution-brochure-upload", textFile("brochure.pdf"));
		waitForTextContaining("vaadin-notification-card", "The file is not a PDF. Upload a file in PDF format.");
		assertThat($$(".image-list li")).hasSize(1);
		assertThat($("main").getAttribute("textContent")).doesNotContain("Download the brochure");
		assertAccessible();
		click("#submit-solution");
		waitForUrl(url -> url.endsWith("/company/solutions"));
		waitForTextContaining("#my-solutions li", "Waiting for screening");

		signIn(adminEmail);
		open("/admin/solutions");
		var card = $(".screening-card");
		assertThat(card.getText()).contains(name, "Binsense " + run);
		assertAccessible();
		click(card.findElement(By.cssSelector(".reject-solution")));
		type("#rejection-reason", "Say in the pitch how long a battery lasts.");
		click("#confirm-rejection");
		waitForTextContaining("vaadin-notification-card", name + " was refused.");

		signIn(ownerEmail);
		open("/company/solutions");
		waitForTextContaining("#my-solutions li",
				"Refused by a platform administrator: Say in the pitch how long a battery lasts.");
		click(driver.findElement(By.linkText(name)));
		waitForContent("#rejection-reason",
				"Refused by a platform administrator: Say in the pitch how long a battery lasts.");
		type("#solution-pitch",
				"Ultrasonic sensors tell your crews which street bins are full; a battery lasts five years.");
		click("#submit-solution");
		waitForUrl(url -> url.endsWith("/company/solutions"));
		waitForTextContaining("#my-solutions li", "Waiting for screening");
		click("#match-notifications");
		waitForTextContaining("vaadin-notification-card", "You will no longer hear of new challenges");
		assertThat(runAs.person(owner, company, () -> settings.matchNotifications(company))).isFalse();

		signIn(adminEmail);
		open("/admin/solutions");
		click(waitForCard(name).findElement(By.cssSelector(".publish-solution")));
		waitForTextContaining("vaadin-notification-card", name + " is in the catalogue.");

		driver.manage().deleteAllCookies();
		open("/");
		clickText(".site-nav a", "Solutions");
		waitForUrl(url -> url.endsWith("/solutions"));
		type("#solution-search", "battery sensors " + run);
		click("#search-button");
		waitForUrl(url -> url.contains("/solutions?q=battery%20sensors%20" + run)
				|| url.contains("/solutions?q=battery+sensors+" + run));
		waitForText(".solution-card h2 a", name);
		assertThat($(".solution-card").getText()).contains("Binsense " + run, "TRL 8 · System complete and qualified");
		assertAccessible();
		var link = $(".solution-card h2 a").getAttribute("href");
		var path = URI.create(link).getPath();
		assertThat(path).matches("/solutions/[a-z0-9-]+");
		click(".solution-card h2 a");
		waitForUrl(url -> url.endsWith(path));
		waitForText("h1", name);
		assertThat($("main").getText()).contains("a battery lasts five years", "72000000-5",
				"Used in two Flemish towns since 2024.");
		assertThat($$(".gallery img")).hasSize(1);
		assertAccessible();

		var html = Jsoup.parse(get(path).body());
		assertThat(html.select("main").text()).as("the whole page in the first response, without a script")
			.contains(name, "a battery lasts five years", "Each sensor clips under the lid of a street bin",
					"72000000-5");
		var head = html.head();
		assertThat(head.select("title").text()).isEqualTo(name + " · Pilotbridge");
		assertThat(head.select("meta[property=og:title]").attr("content")).isEqualTo(name);
		assertThat(head.select("meta[property=og:description]").attr("content"))
			.isEqualTo("Ultrasonic sensors tell your crews which street bins are full; a battery lasts five years.");
		assertThat(head.select("meta[property=og:url]").attr("content")).endsWith(path);
		assertThat(head.select("meta[property=og:image]").attr("content"))
			.isEqualTo(url("/cards/solutions/" + path.substring("/solutions/".length()) + ".png"));
		assertThat(get("/sitemap.xml").body()).contains(url(path) + "</loc>");
	}

	@Test
	void aManagerSeesTheSolutionsSuggestedForAChallengeAndInvitesACompany() throws Exception {
		var name = "Route planner " + run;
		var solution = runAs.person(owner, company,
				() -> solutions.create(company,
						SolutionProfile.builder()
							.name(name)
							.pitch("Plans collection rounds from the fill level of every bin.")
							.description("Runs in the browser.")
							.problemsSolved("Fixed rounds.")
							.cpvCodes(List.of("72000000-5"))
							.trl(9)
							.languages(List.of(Language.ENGLISH))
							.build()));
		runAs.person(owner, company, () -> solutions.submit(solution));
		runAs.person(admin, null,
				() -> screening.approve(solution,
						screening.pending()
							.stream()
							.filter(pending -> pending.id().equals(solution))
							.findFirst()
							.orElseThrow()
							.version()));
		var title = "Smarter collection rounds " + run;
		ChallengeId challenge = runAs.person(manager, agency, () -> {
			var id = challenges.createDraft(agency, challenge(title));
			challenges.publish(id);
			return id;
		});
		TestMail.awaitMail(ownerEmail, "A new challenge for your solutions: " + title);

		signIn(managerEmail);
		open("/agency/challenges/" + challenge);
		click("#suggested-solutions");
		waitForUrl(url -> url.endsWith("/agency/challenges/" + challenge + "/suggestions"));
		var card = waitForSuggestion(name);
		assertThat(card.getText()).contains("Binsense " + run, "Same CPV division as the challenge");
		assertAccessible();
		click(card.findElement(By.cssSelector(".invite-company")));
		type("#invitation-message", "Your planner could fit our rounds.");
		click("#send-invitation");
		waitForTextContaining("vaadin-notification-card", "Binsense " + run + " has been invited.");
		waitForContent("#suggested-solutions", "Invited on");

		var invitation = TestMail.awaitMail(ownerEmail,
				"City of Testville " + run + " invites you to look at “" + title + "”");
		assertThat(TestMail.firstLink(invitation)).contains("/challenges/CH-");
	}

	/** A challenge in CPV division 72, with everything publication needs. */
	private static ChallengeDraft challenge(String title) {
		var now = LocalDateTime.now(ZoneId.of("Europe/Brussels")).withSecond(0).withNano(0);
		return ChallengeDraft.builder()
			.title(title)
			.summary("Our lorries empty bins whether they are full or not.")
			.problemStatement("Half of the bins are nearly empty when emptied.")
			.context("Six lorries.")
			.expectedOutcome("Fewer kilometres.")
			.constraints("Data stays in the EU.")
			.budgetCap(Money.euros(25_000))
			.pilotDurationWeeks(16)
			.questionsDeadline(now.plusDays(15))
			.proposalsDeadline(now.plusDays(30))
			.criteria(List.of(CriterionData.of("Approach", "How", 60, CriterionType.QUALITATIVE),
					CriterionData.of("Price", "Total price", 40, CriterionType.PRICE)))
			.cpvCodes(List.of("72000000-5"))
			.languages(List.of(Language.ENGLISH))
			.build();
	}

	private WebElement waitForSuggestion(String name) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(".suggestion"))
				.stream()
				.filter(card -> card.getText().contains(name))
				.findFirst()
				.orElse(null));
	}

	/**
	 * Waits until some element matching the selector contains the text, scrolled into
	 * view or not: the content of the application layout scrolls in a container of its
	 * own.
	 */
	private void waitForContent(String cssSelector, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(cssSelector))
				.stream()
				.anyMatch(element -> String.valueOf(element.getAttribute("textContent")).contains(text)));
	}

	private WebElement waitForCard(String name) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(".screening-card"))
				.stream()
				.filter(card -> card.getText().contains(name))
				.findFirst()
				.orElse(null));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Chooses a file for a Vaadin upload as a person does in the file dialog. */
	private void upload(String cssSelector, Path file) {
		var upload = $(cssSelector);
		var input = upload.findElements(By.cssSelector("input[type=file]"))
			.stream()
			.findFirst()
			.orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
		input.sendKeys(file.toAbsolutePath().toString());
		waitForVaadin();
	}

	private static Path png() throws IOException {
		var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(26, 77, 143));
		graphics.fillRect(0, 0, 640, 480);
		graphics.dispose();
		var file = Files.createTempDirectory("catalogue").resolve("bins.png");
		ImageIO.write(image, "png", file.toFile());
		file.toFile().deleteOnExit();
		return file;
	}

	/** A text file that only its name makes look like a picture or a PDF. */
	private static Path textFile(String name) throws IOException {
		var file = Files.createTempDirectory("catalogue").resolve(name);
		Files.writeString(file, "Not what its name says.");
		file.toFile().deleteOnExit();
		return file;
	}

	private void selectItem(String cssSelector, String label) {
		click(cssSelector);
		clickText("vaadin-select-list-box vaadin-select-item", label);
		waitForVaadin();
	}

}
