package org.pilotbridge.proposal.ui;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.proposal.ProposalLinks;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal journey of the issue in a real browser, in French: a company member opens
 * the form from the challenge's page, fills it in (saved as they type), uploads a PDF
 * while the upload's progress bar shows, submits, sees the receipt on screen and receives
 * it by e-mail as a PDF, changes the price and resubmits as version 2 with a new receipt,
 * and sees both versions, also on the company's dashboard.
 */
@Import({ TestBidding.class, MutableClockConfiguration.class })
class ProposalJourneyIT extends BrowserTest {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	@Autowired
	TestBidding bidding;

	@Autowired
	ProposalQuery proposals;

	@Autowired
	ProposalManagement management;

	@Autowired
	MutableClock clock;

	TestBidding.Agency agency;

	TestBidding.Company company;

	ChallengeSummary challenge;

	@BeforeEach
	void challengeAndCompany() {
		TestMail.purge();
		agency = bidding.agency();
		challenge = bidding.challenge(agency);
		company = bidding.company(agency, Language.FRENCH);
	}

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	void aCompanyMemberSubmitsInFrenchWithAFileThenResubmitsANewPrice() throws Exception {
		useBrowserIn(Language.FRENCH);
		signIn(company.ownerEmail());
		open("/challenges/" + challenge.reference());
		click("#propose");
		waitForUrl(url -> url.endsWith("/challenges/" + challenge.reference() + "/proposal"));
		click("#start-proposal");
		waitForText("#proposal-state", "Brouillon");
		assertThat($("#proposal-company").getText()).contains(company.name(), "Veldstraat 1", "Vérifiée");

		type("#proposal-title", "TrajetJuste");
		waitForTextContaining("#autosave-status", "Brouillon enregistré");
		type("#proposal-summary", "Des trajets de bus scolaires replanifiés chaque semaine à partir des validations.");
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> $("#proposal-summary").getDomProperty("helperText").startsWith("81 sur "));
		type("#proposal-approach",
				"Nous importons les validations, regroupons les arrêts et replanifions chaque semaine.");
		type("#proposal-answer-1", "Notre algorithme suit la fréquentation réelle de chaque arrêt.");
		type("#proposal-answer-2", "Deux planificateurs qui ont mené le pilote de Gand.");
		type("#proposal-price", "19500");
		type("#proposal-vat-rate", "21");
		type("#proposal-timeline-weeks", "10");
		type("#proposal-timeline", "Semaines 1 et 2 : données ; 3 à 8 : trajets ; 9 et 10 : évaluation.");
		type("#proposal-team", "Deux planificateurs ; références : De Lijn, TEC.");
		waitForTextContaining("#checklist", "Déclarez sur l’honneur");
		click("#submit-proposal");
		waitForTextContaining(".error-summary", "Il y a un problème");
		assertThat($(".error-summary").getText()).contains("Votre proposition n’a pas été déposée.");
		assertThat($$(".error-summary a").stream().map(WebElement::getText).toList())
			.as("each problem links to its field")
			.anySatisfy(line -> assertThat(line).contains("Déclarez sur l’honneur que votre entreprise remplit"));
		assertAccessibleWithoutNotifications();
		var eligibility = $("#proposal-declaration-eligibility");
		assertThat(eligibility.getDomProperty("invalid")).isEqualTo("true");
		assertThat(eligibility.getDomProperty("errorMessage"))
			.isEqualTo("Déclarez sur l’honneur que votre entreprise remplit les conditions de participation et ne se "
					+ "trouve dans aucun cas d’exclusion.");
		waitForContent("#proposal-state", "Brouillon");
		click("#proposal-declaration-eligibility");
		click("#proposal-declaration-no-conflict");
		click("#proposal-declaration-terms");
		waitForTextContaining("#checklist", "Tout y est : vous pouvez déposer votre proposition.");
		assertThat($("#proposal-declaration-eligibility").getDomProperty("invalid")).isEqualTo("false");

		uploadWithVisibleProgress("approche-detaillee.pdf", TestPdfs.ofSize(2_000_000, 42));
		waitForTextContaining("#proposal-files", "approche-detaillee.pdf");

		click("#submit-proposal");
		waitForTextContaining("#receipt", "Accusé de réception de la version 1");
		assertThat($("#proposal-state").getText()).isEqualTo("Déposée");
		var firstReceipt = $("#receipt").getText();
		assertThat(firstReceipt).contains("Accusé de réception de la version 1", "Europe/Brussels");
		var firstDigest = digestIn(firstReceipt);
		var proposal = bidding.as(company.owner(), company.id(), () -> proposals.mine(challenge.id())).orElseThrow();
		assertThat($("#receipt-download").getAttribute("href")).endsWith(ProposalLinks.receipt(proposal, 1));
		var firstMail = TestMail.awaitMail(company.ownerEmail(),
				"Accusé de réception de votre proposition pour " + challenge.reference() + " (version 1)");
		var firstPdf = pdfAttachment(firstMail);
		assertThat(textOf(firstPdf)).contains(firstDigest);
		assertAccessibleWithoutNotifications();

		clock.advance(Duration.ofMinutes(5));
		type("#proposal-price", "18750");
		waitForContent("#proposal-status", "Vous avez des modifications non déposées : la version 1 compte");
		clickText("vaadin-button", "Déposer une nouvelle version");
		waitForTextContaining("#receipt", "Accusé de réception de la version 2");
		var secondDigest = digestIn($("#receipt").getText());
		assertThat(secondDigest).isNotEqualTo(firstDigest);
		var secondMail = TestMail.awaitMail(company.ownerEmail(),
				"Accusé de réception de votre proposition pour " + challenge.reference() + " (version 2)");
		assertThat(textOf(pdfAttachment(secondMail))).contains(secondDigest);

		var versions = $$("#versions li.proposal-version");
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).getText()).startsWith("Version 2").contains(secondDigest);
		assertThat(versions.get(1).getText()).startsWith("Version 1").contains(firstDigest);

		clickText("vaadin-side-nav-item", "Mes propositions");
		waitForUrl(url -> url.endsWith("/proposals"));
		waitForTextContaining("#proposals-submitted", challenge.title());
		assertThat($("#proposals-submitted").getText()).contains("La version 2 compte",
				"Accusé de réception de la version 1 (PDF)", "Accusé de réception de la version 2 (PDF)");
		assertAccessibleWithoutNotifications();
	}

	@Test
	void aWithdrawnProposalIsSubmittedAgainAndEverythingIsReadOnlyAfterTheDeadline() {
		var english = bidding.company(agency, Language.ENGLISH);
		var proposal = bidding.proposal(english, challenge, bidding.complete(challenge));
		bidding.as(english.member(), english.id(), () -> management.submit(proposal));
		signIn(english.ownerEmail());
		open("/challenges/" + challenge.reference() + "/proposal");
		waitForContent("#proposal-status", "Version 1 was received and counts.");

		click("#withdraw-proposal");
		clickText("vaadin-button", "Withdraw");
		waitForContent("#proposal-state", "Withdrawn");
		assertThat($$("#receipt")).isEmpty();
		clickText("vaadin-button", "Submit my proposal again");
		waitForContent("#proposal-status", "Version 2 was received and counts.");

		clock.advance(Duration.ofDays(22));
		open("/challenges/" + challenge.reference() + "/proposal");
		waitForContent("main",
				"your proposal can no longer be changed. Only the latest version submitted before then counts.");
		assertThat($$("#submit-proposal")).noneMatch(WebElement::isDisplayed);
		assertThat($$("#withdraw-proposal")).noneMatch(WebElement::isDisplayed);
		assertThat($$("#proposal-upload")).noneMatch(WebElement::isDisplayed);
		assertThat($("#proposal-title").getDomProperty("readonly")).isEqualTo("true");
		assertThat($$("#versions li.proposal-version")).hasSize(2);
		assertAccessibleWithoutNotifications();

		open("/proposals");
		waitForContent("#proposals-submitted", "The deadline has passed: your latest version is with the agency.");
	}

	/**
	 * Uploads through the upload's file input with the browser's upload throttled, so
	 * that the progress bar of the file shows while it travels.
	 */
	private void uploadWithVisibleProgress(String name, byte[] pdf) throws Exception {
		var file = Files.createTempDirectory("proposal-upload").resolve(name);
		Files.write(file, pdf);
		var input = (WebElement) browser()
			.deepScript("return deep(document.querySelector('#proposal-upload'), 'input[type=file]')[0];");
		driver.setNetworkConditions(new ChromiumNetworkConditions().setLatency(Duration.ZERO)
			.setDownloadThroughput(-1)
			.setUploadThroughput(512 * 1024));
		try {
			input.sendKeys(file.toString());
			new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
				.until(d -> (Boolean) browser().deepScript(
						"""
								return deep(document, 'vaadin-upload-file[uploading]').some(file => {
								  const bar = deep(file, 'vaadin-progress-bar')[0] || deep(file, '[part=progress]')[0];
								  return bar && bar.getBoundingClientRect().width > 0
								    && getComputedStyle(bar).visibility !== 'hidden' && getComputedStyle(bar).display !== 'none';
								});
								"""));
		}
		finally {
			driver.deleteNetworkConditions();
		}
	}

	/**
	 * Runs axe-core once the notifications have faded: while one fades in or out, its
	 * text is measured against a half-transparent background.
	 */
	private void assertAccessibleWithoutNotifications() {
		$$("vaadin-notification-card vaadin-button").stream().filter(WebElement::isDisplayed).forEach(this::click);
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
		assertAccessible();
	}

	/**
	 * Waits until the element's text contains the text, wherever the element is on the
	 * page: the form is longer than the window, and Selenium reads only the text of what
	 * is in view.
	 */
	private void waitForContent(String cssSelector, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
			var content = (String) ((JavascriptExecutor) d).executeScript(
					"const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", cssSelector);
			return content.contains(text);
		});
	}

	private static String digestIn(String text) {
		var matcher = DIGEST.matcher(text);
		assertThat(matcher.find()).as("a SHA-256 digest in %s", text).isTrue();
		return matcher.group();
	}

	/**
	 * The text of the PDF without white space, as the receipt breaks the digest across
	 * lines.
	 */
	private static String textOf(byte[] pdf) {
		return PdfAssertions.text(pdf).replaceAll("\\s", "");
	}

	private static byte[] pdfAttachment(MimeMessage mail) throws Exception {
		var pdf = pdfIn(mail);
		assertThat(pdf).as("a PDF attached to %s", TestMail.subject(mail)).isNotNull();
		return pdf;
	}

	private static byte[] pdfIn(Part part) throws Exception {
		if (part.isMimeType("application/pdf")) {
			var bytes = new ByteArrayOutputStream();
			part.getDataHandler().writeTo(bytes);
			return bytes.toByteArray();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (var i = 0; i < multipart.getCount(); i++) {
				var pdf = pdfIn(multipart.getBodyPart(i));
				if (pdf != null) {
					return pdf;
				}
			}
		}
		return null;
	}

}
