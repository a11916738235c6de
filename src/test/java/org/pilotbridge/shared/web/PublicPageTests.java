package org.pilotbridge.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.env.MockEnvironment;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What caches may do with a public page: keep a visitor's for a minute and serve it stale
 * half a minute more, never beyond the moment what it shows changes (a deadline), and
 * never keep a signed-in person's.
 */
class PublicPageTests {

	static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	static final Duration MAX_AGE = Duration.ofSeconds(60);

	static final Duration STALE = Duration.ofSeconds(30);

	@Test
	void letsAVisitorsPageBeKeptForAMinuteAndServedStaleHalfAMinuteMore() {
		assertThat(visitorPage().cacheControl(NOW, MAX_AGE, STALE))
			.isEqualTo("public, max-age=60, stale-while-revalidate=30");
	}

	@Test
	void neverLetsAPageBeKeptBeyondItsNextChange() {
		assertThat(visitorPage().changesAt(NOW.plusSeconds(75)).cacheControl(NOW, MAX_AGE, STALE))
			.isEqualTo("public, max-age=60, stale-while-revalidate=15");
		assertThat(visitorPage().changesAt(NOW.plusSeconds(42)).cacheControl(NOW, MAX_AGE, STALE))
			.as("a deadline in 42 seconds")
			.isEqualTo("public, max-age=42");
		assertThat(visitorPage().changesAt(NOW.plusSeconds(3600))
			.changesAt(NOW.plusSeconds(9))
			.cacheControl(NOW, MAX_AGE, STALE)).as("the earliest change counts").isEqualTo("public, max-age=9");
		assertThat(visitorPage().changesAt(NOW.plusMillis(400)).cacheControl(NOW, MAX_AGE, STALE))
			.as("at the very deadline")
			.isEqualTo("no-cache");
		assertThat(visitorPage().changesAt(NOW.minusSeconds(5)).cacheControl(NOW, MAX_AGE, STALE))
			.as("a deadline just passed, not yet recorded")
			.isEqualTo("no-cache");
	}

	@Test
	void neverLetsASignedInPersonsPageBeKept() {
		var page = page(Optional.of(new AccountArea.Account("Ada", null, List.of())));

		assertThat(page.cacheControl(NOW, MAX_AGE, STALE)).isEqualTo("private, no-store");
	}

	@Test
	void describesItselfInEveryLanguageWithTheSameQuery() {
		var page = new PublicPage(Language.DUTCH, "/challenges", "q=bus&page=2", links(), List.of(), Optional::empty,
				"contact@example.org", new StaticMessageSource())
			.canonicalQuery("q=bus&page=2");

		assertThat(page.canonical()).isEqualTo("https://pilots.example/nl/challenges?q=bus&page=2");
		assertThat(page.alternates()).extracting(PublicPage.Alternate::href)
			.containsExactly("https://pilots.example/challenges?q=bus&page=2",
					"https://pilots.example/fr/challenges?q=bus&page=2",
					"https://pilots.example/nl/challenges?q=bus&page=2",
					"https://pilots.example/de/challenges?q=bus&page=2",
					"https://pilots.example/challenges?q=bus&page=2");
		assertThat(page.here()).isEqualTo("/nl/challenges?q=bus&page=2");
		assertThat(page.image("/cards/challenges/CH-1.png").image())
			.isEqualTo("https://pilots.example/nl/cards/challenges/CH-1.png");
	}

	private static PublicPage visitorPage() {
		return page(Optional.empty());
	}

	private static PublicPage page(Optional<AccountArea.Account> account) {
		return new PublicPage(Language.ENGLISH, "/", null, links(), List.of(), () -> account, "contact@example.org",
				new StaticMessageSource());
	}

	private static PublicLinks links() {
		return new PublicLinks(
				new SiteProperties(java.net.URI.create("https://pilots.example/"), "contact@example.org"),
				new MockEnvironment());
	}

}
