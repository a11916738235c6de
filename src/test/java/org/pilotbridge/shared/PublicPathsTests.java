package org.pilotbridge.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPathsTests {

	@Test
	void putsEveryLanguageButEnglishInFrontOfTheAddress() {
		assertThat(PublicPaths.of(Language.ENGLISH, "/challenges")).isEqualTo("/challenges");
		assertThat(PublicPaths.of(Language.FRENCH, "/challenges/CH-2026-0001"))
			.isEqualTo("/fr/challenges/CH-2026-0001");
		assertThat(PublicPaths.of(Language.DUTCH, "/")).isEqualTo("/nl");
		assertThat(PublicPaths.of(Language.GERMAN, "accessibility")).isEqualTo("/de/accessibility");
		assertThat(PublicPaths.of(Language.ENGLISH, "/")).isEqualTo("/");
	}

	@Test
	void readsTheLanguageFromTheFirstSegmentOnly() {
		assertThat(PublicPaths.languageOf("/fr/challenges")).isEqualTo(Language.FRENCH);
		assertThat(PublicPaths.languageOf("/nl")).isEqualTo(Language.DUTCH);
		assertThat(PublicPaths.languageOf("/de/")).isEqualTo(Language.GERMAN);
		assertThat(PublicPaths.languageOf("/challenges/fr")).isEqualTo(Language.ENGLISH);
		assertThat(PublicPaths.languageOf("/french")).isEqualTo(Language.ENGLISH);
		assertThat(PublicPaths.languageOf("/en/challenges")).as("English has no prefix").isEqualTo(Language.ENGLISH);
		assertThat(PublicPaths.languageOf("/FR/challenges")).as("codes are lower case").isEqualTo(Language.ENGLISH);
		assertThat(PublicPaths.languageOf("")).isEqualTo(Language.ENGLISH);
	}

	@Test
	void takesTheLanguageOffTheAddress() {
		assertThat(PublicPaths.withoutLanguage("/fr/challenges/CH-1")).isEqualTo("/challenges/CH-1");
		assertThat(PublicPaths.withoutLanguage("/nl")).isEqualTo("/");
		assertThat(PublicPaths.withoutLanguage("/de/")).isEqualTo("/");
		assertThat(PublicPaths.withoutLanguage("/challenges")).isEqualTo("/challenges");
		assertThat(PublicPaths.withoutLanguage("/french/x")).isEqualTo("/french/x");
	}

}
