package org.pilotbridge.shared;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void picksTheBestSupportedLanguageOfTheBrowser() {
		assertThat(Language.fromAcceptLanguage("fr-BE,fr;q=0.9,en;q=0.8")).isEqualTo(Language.FRENCH);
		assertThat(Language.fromAcceptLanguage("nl-BE")).isEqualTo(Language.DUTCH);
		assertThat(Language.fromAcceptLanguage("es-ES,de;q=0.7,en;q=0.5")).isEqualTo(Language.GERMAN);
	}

	@Test
	void takesAnyEnglishOfTheBrowserForEnglish() {
		assertThat(Language.fromAcceptLanguage("en-US,en;q=0.9,fr;q=0.5")).isEqualTo(Language.ENGLISH);
		assertThat(Language.fromAcceptLanguage("en")).isEqualTo(Language.ENGLISH);
		assertThat(Language.fromAcceptLanguage("en-BE,nl;q=0.5")).isEqualTo(Language.ENGLISH);
	}

	@Test
	void writesEnglishDatesDayFirstNeverInTheUsOrder() {
		var day = java.time.ZonedDateTime.of(2026, 12, 7, 17, 0, 0, 0, java.time.ZoneId.of("Europe/Brussels"));
		var english = Language.ENGLISH.locale();

		assertThat(format(FormatStyle.SHORT, english, day)).isEqualTo("07/12/2026");
		assertThat(format(FormatStyle.MEDIUM, english, day)).isEqualTo("7 Dec 2026");
		assertThat(format(FormatStyle.LONG, english, day)).isEqualTo("7 December 2026");
		assertThat(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(english)
			.format(day)).startsWith("7 December 2026").endsWith("17:00");
		assertThat(Money.euros(25_000).format(english)).as("numbers as before").contains("25,000.00");
	}

	@Test
	void writesEveryLanguagesShortDateDayFirst() {
		var day = java.time.ZonedDateTime.of(2026, 12, 25, 9, 0, 0, 0, java.time.ZoneId.of("Europe/Brussels"));
		for (var language : Language.values()) {
			assertThat(format(FormatStyle.SHORT, language.locale(), day)).as(language.name()).startsWith("25");
		}
	}

	private static String format(FormatStyle style, java.util.Locale locale, java.time.ZonedDateTime day) {
		return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale).format(day);
	}

	@Test
	void fallsBackToEnglishForUnsupportedOrMalformedHeaders() {
		assertThat(Language.fromAcceptLanguage("ja-JP")).isEqualTo(Language.ENGLISH);
		assertThat(Language.fromAcceptLanguage(";;;q=x")).isEqualTo(Language.ENGLISH);
		assertThat(Language.fromAcceptLanguage("")).isEqualTo(Language.ENGLISH);
	}

	@Test
	void readsLanguageCodes() {
		assertThat(Language.ofCode("NL")).contains(Language.DUTCH);
		assertThat(Language.ofCode("xx")).isEmpty();
	}

}
