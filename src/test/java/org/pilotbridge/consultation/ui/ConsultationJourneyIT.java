package org.pilotbridge.consultation.ui;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market consultation journey in a real browser: a manager runs a market consultation
 * that a company answers; nobody reads the answer before the close; after it the public
 * sees how many answered and the manager reads the answers and turns the consultation
 * into a draft challenge.
 */
@Import({ TestIdentities.class, MutableClockConfiguration.class })
class ConsultationJourneyIT extends BrowserTest {

	@Autowired
	TestIdentities identities;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	RunAs runAs;

	@Autowired
	MutableClock clock;

	String run;

	String managerEmail;

	String ownerEmail;

	@BeforeEach
	void agencyCompanyAndAdministrator() {
		run = UUID.randomUUID().toString().substring(0, 8);
		var adminEmail = "admin." + run + "@test.example";
		managerEmail = "manager." + run + "@test.example";
		ownerEmail = "owner." + run + "@test.example";
		PersonId admin = runAs
			.system(() -> accounts.provision("Ada Admin", adminEmail, TestIdentities.PASSWORD, Language.ENGLISH, true));
		PersonId manager = runAs.system(() -> identities.personWithEmail("Marie Manager", managerEmail));
		PersonId owner = runAs.system(() -> identities.personWithEmail("Olga Owner", ownerEmail));
		var agency = identities.agency(manager, "City of Testville " + run);
		var company = identities.company(owner, "Binsense " + run);
		identities.verify(admin, agency);
		identities.verify(admin, company);
	}

	@Test
	void aConsultationIsAnsweredReadAfterTheCloseAndTurnedIntoADraftChallenge() throws Exception {
		var title = "Quieter bin lorries " + run;
		signIn(managerEmail);
		open("/consultations");
		click("#agency-consultations");
		waitForUrl(url -> url.endsWith("/agency/consultations"));
		assertAccessible();
		click("#new-consultation");
		waitForUrl(url -> url.endsWith("/agency/consultations/new"));
		type("#consultation-title", title);
		type("#consultation-problem", "Our bin lorries wake people up at six in the morning.");
		type("#question-0", "Which quieter lorries or lifts exist today?");
		type("#question-1", "What would a three-month trial need from us?");
		var closes = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Brussels")))
			.plusDays(3)
			.withHour(12)
			.withMinute(0);
		dateTime("#consultation-closesAt", closes);
		assertAccessible();
		click("#publish-consultation");
		waitForUrl(url -> url.matches(".*/agency/consultations/[0-9a-f-]{36}$"));
		var managePage = URI.create(driver.getCurrentUrl()).getPath();
		assertThat($("#answers").getText())
			.contains("Nobody, the agency included, can read the answers before the close");
		var reference = driver.findElement(By.partialLinkText("Public page"))
			.getText()
			.replaceAll(".*\\((.*)\\).*", "$1");

		driver.manage().deleteAllCookies();
		var publicPage = "/consultations/" + reference;
		open(publicPage);
		assertThat($("#problem").getText()).contains("Our bin lorries wake people up at six in the morning.");
		assertAccessible();
		click("#sign-in-to-answer");
		waitForUrl(url -> url.contains("/account/login"));
		type("#email", ownerEmail);
		type("#password", TestIdentities.PASSWORD);
		click("button[type=submit]");
		waitForUrl(url -> url.endsWith(publicPage));
		click("#answer-consultation");
		waitForUrl(url -> url.endsWith(publicPage + "/answer"));
		type("#answer-0", "Electric lorries with electric lifts, already used in Ghent.");
		type("#answer-1", "Two routes, charging at the depot, and residents who tell us what they hear.");
		click("#may-publish");
		assertAccessible();
		click("#send-answer");
		waitForUrl(url -> url.endsWith(publicPage + "#answer"));
		waitForTextContaining("#answered", "Your company answered");
		assertThat($("#answer-consultation").getText()).isEqualTo("Change our answer");
		assertAccessible();

		signIn(managerEmail);
		open(managePage);
		assertThat($("#answers").getText()).doesNotContain("Electric lorries");
		assertThat($$("#draft-challenge")).isNotEmpty();

		clock.advance(Duration.ofDays(4));
		driver.manage().deleteAllCookies();
		open("/consultations/" + reference);
		waitForText("#answer-count", "Companies that answered: 1");
		assertThat($(".challenge-header .badge").getText()).isEqualTo("Closed");
		assertThat($("#results").getText()).contains("Binsense " + run, "Electric lorries with electric lifts");
		assertAccessible();

		signIn(managerEmail);
		open(managePage);
		assertThat($("#answers").getText()).contains("Binsense " + run, "Electric lorries with electric lifts",
				"Two routes, charging at the depot");
		assertAccessible();
		click("#draft-challenge");
		waitForUrl(url -> url.endsWith("/edit"));
		waitForVaadin();
		assertThat($("#challenge-title").getAttribute("value")).isEqualTo(title);
	}

}
