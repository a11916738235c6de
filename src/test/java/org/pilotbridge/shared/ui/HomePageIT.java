package org.pilotbridge.shared.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.test.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageIT extends BrowserTest {

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@EnumSource(Language.class)
	void speaksTheLanguageOfItsAddressAndPassesTheAccessibilityAudit(Language language) {
		open(PublicPaths.of(language, "/"));

		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language.code());
		assertThat($("h1").getText()).isEqualTo(text("home.heading", language));
		assertThat(driver.getTitle()).isEqualTo(text("home.title", language));
		assertAccessible();
	}

	@Test
	void offersTheOtherLanguagesAsLinksToTheSamePage() {
		open("/accessibility");

		click("nav.languages a[lang=de]");
		waitForText("h1", text("accessibility.title", Language.GERMAN));

		assertThat(driver.getCurrentUrl()).endsWith("/de/accessibility");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
		click("#brand");
		waitForText("h1", text("home.heading", Language.GERMAN));
		assertThat(driver.getCurrentUrl()).endsWith("/de");
	}

	@Test
	void keepsTheLanguageTheVisitorChoseInTheWorkspace() {
		open("/sign-in?failed");

		$("#language-switcher").click();
		$$("vaadin-select-item").stream()
			.filter(item -> item.getText().equals("Deutsch"))
			.findFirst()
			.orElseThrow()
			.click();
		waitForText("h1", text("identity.sign-in.title", Language.GERMAN));

		driver.navigate().refresh();
		waitForVaadin();
		assertThat($("h1").getText()).isEqualTo(text("identity.sign-in.title", Language.GERMAN));
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
	}

	@Test
	void explainsWhenAnAddressLeadsNowhere() {
		open("/no-such-page");

		assertThat($("h1").getText()).isEqualTo(text("not-found.heading", Language.ENGLISH));
		assertAccessible();

		open("/fr/no-such-page");
		assertThat($("h1").getText()).isEqualTo(text("not-found.heading", Language.FRENCH));
		assertAccessible();
	}

	@Test
	void publishesAnAccessibleAccessibilityStatement() {
		open("/accessibility");

		assertThat($("h1").getText()).isEqualTo(text("accessibility.title", Language.ENGLISH));
		assertAccessible();
	}

	@Test
	void offersASkipLinkToTheMainContent() {
		open("/");

		var skipLink = $("a.skip-link");
		assertThat(skipLink.getDomAttribute("href")).isEqualTo("#main-content");
		assertThat(driver.findElements(By.id("main-content"))).hasSize(1);
	}

	private String text(String key, Language language) {
		return messages.getMessage(key, null, language.locale());
	}

}
