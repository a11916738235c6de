package org.pilotbridge.shared;

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
