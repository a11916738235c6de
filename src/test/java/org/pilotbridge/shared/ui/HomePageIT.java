package org.pilotbridge.shared.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import org.pilotbridge.shared.Language;
import org.pilotbridge.test.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageIT extends BrowserTest {

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@EnumSource(Language.class)
	void speaksTheBrowsersLanguageAndPassesTheAccessibilityAudit(Language language) {
		useBrowserIn(language);

		open("/");

		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language.code());
		assertThat($("h1").getText()).isEqualTo(text("home.heading", language));
		assertThat(driver.getTitle()).isEqualTo(text("home.title", language));
		assertAccessible();
	}

	@Test
	void keepsTheLanguageTheVisitorChose() {
		open("/");

		$("#language-switcher").click();
		$$("vaadin-select-item").stream()
			.filter(item -> item.getText().equals("Deutsch"))
			.findFirst()
			.orElseThrow()
			.click();
		waitForText("h1", text("home.heading", Language.GERMAN));

		driver.navigate().refresh();
		waitForVaadin();
		assertThat($("h1").getText()).isEqualTo(text("home.heading", Language.GERMAN));
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
	}

	@Test
	void explainsWhenAnAddressLeadsNowhere() {
		open("/no-such-page");

		assertThat($("h1").getText()).isEqualTo(text("not-found.heading", Language.ENGLISH));
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
