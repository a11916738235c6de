package org.pilotbridge.identity.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import org.pilotbridge.shared.Language;
import org.pilotbridge.test.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in provider's own pages speak the visitor's language and pass the
 * accessibility audit.
 */
class ProviderPagesIT extends BrowserTest {

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@EnumSource(Language.class)
	void signInRegistrationAndPasswordPagesAreTranslatedAndAccessible(Language language) {
		useBrowserIn(language);

		for (var page : new String[][] { { "/account/login", "account.login.title" },
				{ "/account/register", "account.register.title" },
				{ "/account/forgot-password", "account.forgot.title" } }) {
			openPage(page[0]);
			assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language.code());
			assertThat($("h1").getText()).isEqualTo(messages.getMessage(page[1], null, language.locale()));
			assertAccessible();
		}
	}

	@Test
	void showsEveryRegistrationProblemNextToItsFieldAccessibly() {
		openPage("/account/register");
		type("#email", "not an address");
		type("#password", "short");
		driver.findElement(By.cssSelector("button[type=submit]")).click();

		waitForText("#email-error", "Please enter a valid e-mail address, such as name@example.org.");
		assertThat($("#displayName-error").getText()).isEqualTo("Please fill in this field.");
		assertThat($("#password-error").getText()).isEqualTo("Please choose a password of at least 12 characters.");
		assertThat($("#email").getDomAttribute("aria-describedby")).isEqualTo("email-error");
		assertAccessible();
	}

	@Test
	void keepsTheLanguageChosenOnAProviderPage() {
		openPage("/account/login");
		driver.findElement(By.cssSelector(".languages a[lang=nl]")).click();
		waitForText("h1", "Aanmelden");

		click("a.brand");
		waitForText("h1", messages.getMessage("home.heading", null, Language.DUTCH.locale()));
		assertThat(driver.getCurrentUrl()).endsWith("/nl");
	}

}
