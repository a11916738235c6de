package org.pilotbridge.opendata;

import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pilotbridge.opendata.OpenDataScenarios.Case;
import org.pilotbridge.opendata.OpenDataScenarios.EveryState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds of open challenges, read back with Rome as Atom 1.0.
 */
class FeedTests extends OpenDataWebTest {

	private EveryState every;

	@BeforeEach
	void makeChallengesInEveryState() {
		every = scenarios.everyState();
	}

	@Test
	void listsTheOpenChallengesOfAnAgencyNewestFirst() throws Exception {
		var response = get("/feeds/challenges.atom?agency=" + every.cast().agency());
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
		var feed = atom(response.body());

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("Open challenges of Agency " + every.cast().run());
		assertThat(feed.getId()).endsWith("/feeds/challenges.atom?agency=" + every.cast().agency());
		assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
		assertThat(feed.getUpdated()).isEqualTo(feed.getEntries().get(0).getUpdated());
		assertThat(feed.getEntries()).extracting(Entry::getTitle)
			.containsExactly("Smarter street lighting " + every.cast().run(),
					"Open data for school canteens " + every.cast().run());

		var amended = feed.getEntries().get(0);
		var reference = every.get(Case.AMENDED).reference();
		assertThat(amended.getId()).endsWith("/challenges/" + reference);
		assertThat(amended.getAlternateLinks()).singleElement()
			.satisfies(link -> assertThat(link.getHref()).endsWith("/challenges/" + reference));
		assertThat(amended.getAuthors()).singleElement()
			.satisfies(author -> assertThat(author.getName()).isEqualTo("Agency " + every.cast().run()));
		assertThat(amended.getSummary().getValue())
			.isEqualTo("Plan routes from actual ridership, " + every.cast().run() + ".");
		assertThat(amended.getCategories()).extracting(category -> category.getTerm())
			.containsExactly("72000000-5", "34000000-7");

		var releases = json("/api/ocds/records/" + scenarios.ocid(every.get(Case.AMENDED))).at("/records/0/releases");
		assertThat(amended.getPublished()).isEqualTo(date(releases.get(0).path("date").asString()));
		assertThat(amended.getUpdated()).isEqualTo(date(releases.get(1).path("date").asString()))
			.isAfter(amended.getPublished());
	}

	@Test
	void narrowsToACpvDivision() throws Exception {
		var canteens = atom(body("/feeds/challenges.atom?cpvDivision=90"));
		assertThat(canteens.getTitle())
			.isEqualTo("Open challenges in CPV division 90: Sewage, refuse, cleaning and environmental services");
		assertThat(titles(canteens)).contains("Open data for school canteens " + every.cast().run())
			.doesNotContain("Smarter street lighting " + every.cast().run());

		var lighting = atom(body("/feeds/challenges.atom?cpvDivision=34"));
		assertThat(titles(lighting)).contains("Smarter street lighting " + every.cast().run())
			.doesNotContain("Open data for school canteens " + every.cast().run());
	}

	@Test
	void leavesOutEveryChallengeThatIsNotOpen() throws Exception {
		var all = titles(atom(body("/feeds/challenges.atom")));

		assertThat(all).contains("Smarter street lighting " + every.cast().run(),
				"Open data for school canteens " + every.cast().run());
		for (var kind : List.of(Case.CLOSED, Case.UNDER_EVALUATION, Case.AWARDED, Case.NO_AWARD, Case.WITHDRAWN)) {
			assertThat(all).noneMatch(title -> title
				.contains(kind.name().toLowerCase().replace('_', ' ') + " challenge " + every.cast().run()));
		}
		assertThat(all).noneMatch(title -> title.contains("DRAFT SECRET"));
	}

	@Test
	void speaksTheLanguageOfTheReader() throws Exception {
		var feed = atom(get("/feeds/challenges.atom?agency=" + every.cast().agency(), "Accept-Language", "de").body());

		assertThat(feed.getTitle()).isEqualTo("Offene Challenges von Agency " + every.cast().run());
		assertThat(feed.getSubtitle().getValue()).startsWith("Neue und geänderte Challenges");
	}

	@Test
	void refusesAnUnknownDivisionOrAgency() {
		assertThat(get("/feeds/challenges.atom?cpvDivision=7").statusCode()).isEqualTo(400);
		assertThat(get("/feeds/challenges.atom?cpvDivision=00").statusCode()).isEqualTo(400);
		assertThat(get("/feeds/challenges.atom?agency=not-an-id").statusCode()).isEqualTo(400);
		assertThat(get("/feeds/challenges.atom?agency=" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(get("/feeds/challenges.atom?agency=" + every.cast().winner()).statusCode())
			.as("a company has no feed")
			.isEqualTo(404);
	}

	private static Feed atom(String xml) throws Exception {
		return (Feed) new WireFeedInput().build(new StringReader(xml));
	}

	private static List<String> titles(Feed feed) {
		return feed.getEntries().stream().map(Entry::getTitle).toList();
	}

	private static Date date(String instant) {
		return Date.from(Instant.parse(instant));
	}

}
