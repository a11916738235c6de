package org.pilotbridge.identity.ui;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.pilotbridge.identity.PersonManagement;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys of the identity issue in a real browser, with real e-mails (GreenMail).
 */
@Import(TestIdentities.class)
class AccountJourneysIT extends BrowserTest {

	@Autowired
	TestIdentities identities;

	@Autowired
	PersonManagement people;

	@Autowired
	RunAs runAs;

	@BeforeEach
	void emptyMailbox() {
		TestMail.purge();
	}

	@Test
	void aFounderRegistersSignsInRegistersTheCompanyAndInvitesAColleagueWhoAccepts() {
		var founder = unique("founder");
		registerAndConfirm("Sofia Founder", founder);
		signInOnProviderPage(founder, "a long founder passphrase");
		waitForUrl(url -> url.contains("/welcome"));
		assertThat($("h1").getText()).isEqualTo("Welcome, Sofia Founder");

		clickText("a", "Register a company");
		waitForText("h1", "Register your company");
		type("#organisation-name", "Sensory Labs");
		type("#organisation-street", "Kortrijksesteenweg 200");
		type("#organisation-postal-code", "9000");
		type("#organisation-city", "Ghent");
		type("#organisation-enterprise-number", "0712.345.631");
		clickText("vaadin-radio-button", "Small (fewer than 50 people)");
		$("#register-organisation").click();

		waitForText("#organisation-enterprise-number [slot=error-message]",
				"This enterprise number does not exist: its last two digits do not match. Check it in the Crossroads Bank for Enterprises.");
		assertThat($("#organisation-enterprise-number").getDomAttribute("invalid")).isNotNull();

		type("#organisation-enterprise-number", "0712.345.630");
		$("#register-organisation").click();
		waitForText("h1", "Sensory Labs");
		assertThat($("body").getText()).contains("Awaiting verification");
		assertAccessible();

		var colleague = unique("colleague");
		type("#invite-email", colleague);
		$("#send-invitation").click();
		var invitation = TestMail.awaitMailTo(colleague);
		assertThat(TestMail.subject(invitation.get(0))).isEqualTo("Invitation to join Sensory Labs on Pilotbridge");

		driver.manage().deleteAllCookies();
		openPage(TestMail.firstLink(invitation.get(0)));
		waitForVaadin();
		assertThat($("main").getText()).contains("You are invited to join Sensory Labs as Member");
		$("#sign-in-to-accept").click();
		waitForUrl(url -> url.contains("/account/login"));
		driver.findElement(By.linkText("Create an account")).click();
		registerAndConfirmOnForm("Lucas Colleague", colleague);
		signInOnProviderPage(colleague, "a long founder passphrase");

		waitForUrl(url -> url.contains("/invitations/"));
		$("#accept-invitation").click();
		waitForText("h1", "Sensory Labs");
		assertThat($("#members").getText()).contains("Sofia Founder").contains("Lucas Colleague");
	}

	@Test
	void aForgottenPasswordIsReplacedThroughTheMailedLink() {
		var email = unique("forgetful");
		runAs.system(() -> identities.personWithEmail("Fred Forgetful", email));

		openPage("/account/forgot-password");
		type("#email", email);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat($("[role=status]").getText())
			.isEqualTo("If an account exists for that address, we have sent it a link. It works for one hour.");

		openPage(TestMail.firstLink(TestMail.awaitMailTo(email).get(0)));
		type("#password", "my new long passphrase");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat($("[role=status]").getText()).isEqualTo("Your new password is saved. Sign in with it.");

		signInOnProviderPage(email, TestIdentities.PASSWORD);
		assertThat($("[role=alert]").getText()).startsWith("The e-mail address or password is not right");

		openPage("/welcome");
		signInOnProviderPage(email, "my new long passphrase");
		waitForUrl(url -> url.contains("/welcome"));
		waitForText("h1", "Welcome, Fred Forgetful");
	}

	@Test
	void aDeactivatedAccountCannotSignIn() {
		var admin = identities.platformAdmin("Ada Admin");
		var email = unique("leaver");
		var leaver = runAs.system(() -> identities.personWithEmail("Lee Leaver", email));
		runAs.person(admin, null, () -> people.deactivate(leaver));

		openPage("/welcome");
		signInOnProviderPage(email, TestIdentities.PASSWORD);

		waitForUrl(url -> url.contains("/sign-in?deactivated"));
		waitForVaadin();
		assertThat($("[role=alert]").getText()).startsWith("This account has been deactivated");
		openPage("/welcome");
		waitForUrl(url -> url.contains("/sign-in"));
	}

	@Test
	void signsInOnLocalhostAndOnTheLoopbackAddress() {
		var email = unique("twohosts");
		runAs.system(() -> identities.personWithEmail("Tom Twohosts", email));

		for (var host : new String[] { "localhost", "127.0.0.1" }) {
			driver.manage().deleteAllCookies();
			driver.get("http://" + host + ":" + port + "/welcome");
			signInOnProviderPage(email, TestIdentities.PASSWORD);
			waitForUrl(url -> url.startsWith("http://" + host + ":" + port + "/welcome"));
			waitForText("h1", "Welcome, Tom Twohosts");
		}
	}

	@Test
	void keepsPeopleOutOfAdministration() {
		var email = unique("curious");
		runAs.system(() -> identities.personWithEmail("Cora Curious", email));

		openPage("/welcome");
		signInOnProviderPage(email, TestIdentities.PASSWORD);
		waitForUrl(url -> url.contains("/welcome"));
		open("/admin/organisations");

		assertThat($("h1").getText()).isEqualTo("Page not found");
	}

	private void registerAndConfirm(String name, String email) {
		openPage("/account/register");
		assertAccessible();
		registerAndConfirmOnForm(name, email);
	}

	private void registerAndConfirmOnForm(String name, String email) {
		type("#displayName", name);
		type("#email", email);
		type("#password", "a long founder passphrase");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitForText("h1", "Check your inbox");

		openPage(TestMail.firstLink(TestMail.awaitMail(email, "Confirm your e-mail address")));
		waitForText("h1", "Your address is confirmed");
		driver.findElement(By.linkText("Sign in")).click();
	}

	private void signInOnProviderPage(String email, String password) {
		waitForUrl(url -> url.contains("/account/login"));
		type("#email", email);
		type("#password", password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
	}

}
