package org.pilotbridge.pilot.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.pilot.Pilot;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.pilot.TestPilots;
import org.pilotbridge.security.HostileCorpus;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.PublicSiteTest;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.CreatedSessions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Results section and the results pages on the public site, as a client without a
 * browser reads them: a pilot's lessons and facts whole in the first response, the
 * platform's figures as tables and charts drawn on the server, in the language of the
 * address, no session for a visitor, revalidation with {@code ETag}, and results taken
 * offline gone at once from the page and the section.
 */
@PublicSiteTest
class ResultsPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPilots pilots;

	@Autowired
	TestBidding bidding;

	@Autowired
	PilotQuery query;

	@Autowired
	PilotManagement management;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MutableClock clock;

	@Autowired
	MessageSource messages;

	@Autowired
	CreatedSessions sessions;

	@Test
	void servesAPilotsResultsWholeInTheFirstResponseWithoutASession() {
		var awarded = completedAndPublished("Weekly re-planning from tap-in data cut **18%** of the kilometres.");

		var response = visitor().get("/results/" + awarded.pilot());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();
		var main = WebClient.html(response).selectFirst("main");
		assertThat(main.select("h1").text()).isEqualTo(awarded.challenge().title());
		assertThat(main.select("#lessons").text())
			.isEqualTo("Weekly re-planning from tap-in data cut 18% of the kilometres.");
		assertThat(main.select("#lessons strong").text()).as("Markdown, sanitized").isEqualTo("18%");
		assertThat(main.select("#pilot-facts").text()).contains(awarded.pilot(), awarded.winner().name(), "Succeeded",
				"Procure at a larger scale", "19,500");
		assertThat(main.select("#pilot-facts a").attr("href"))
			.isEqualTo("/challenges/" + awarded.challenge().reference());
		assertThat(main.select(".pilot-status").text()).isEqualTo("Completed");
		assertThat(main.select("#company-account").text())
			.contains("The drivers' feedback shaped every route we tried.");
		var etag = response.headers().firstValue("ETag").orElseThrow();
		var again = visitor().get("/results/" + awarded.pilot(), "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void describesAPilotsResultsToLinkPreviewsAndSearchEnginesInEveryLanguage() {
		var awarded = completedAndPublished("Fewer trips on **half** of the routes.");
		var path = "/results/" + awarded.pilot();

		var english = WebClient.html(visitor().get(path)).head();
		var german = WebClient.html(visitor().get("/de" + path));

		assertThat(english.select("title").text())
			.isEqualTo(awarded.challenge().title() + " · " + awarded.winner().name() + " · Pilotbridge");
		assertThat(english.select("meta[name=description]").attr("content"))
			.isEqualTo("Fewer trips on half of the routes.");
		assertThat(english.select("meta[property=og:image]").attr("content"))
			.isEqualTo(base() + "/cards/results/" + awarded.pilot() + ".png");
		assertThat(english.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
		assertThat(english.select("meta[property=og:image:height]").attr("content")).isEqualTo("630");
		assertThat(english.select("link[rel=canonical]").attr("href")).isEqualTo(base() + path);
		assertThat(german.selectFirst("html").attr("lang")).isEqualTo("de");
		assertThat(german.select("meta[property=og:image]").attr("content"))
			.isEqualTo(base() + "/de/cards/results/" + awarded.pilot() + ".png");
		assertThat(german.select("#lessons-learned h2").text()).isEqualTo(text("pilot.field.lessons", Language.GERMAN));
		assertThat(german.select("#all-results").attr("href")).isEqualTo("/de/results");
	}

	@Test
	void showsThePlatformsFiguresAsTablesAndChartsInTheFirstResponse() {
		var awarded = completedAndPublished("Half of the routes needed fewer trips.");
		var agencyName = directory.organisation(awarded.agency().id()).orElseThrow().name();

		var response = visitor().get("/fr/results");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		var main = WebClient.html(response).selectFirst("main");
		assertThat(main.select("h1").text()).isEqualTo(text("pilot.results.title", Language.FRENCH));
		var row = main.select("#figures-per-agency tbody tr")
			.stream()
			.filter(line -> line.select("th").text().equals(agencyName))
			.findFirst()
			.orElseThrow();
		// Challenges, proposals, awards, awards to SMEs, share, median days, completed,
		// stopped, and the outcomes.
		assertThat(row.select("td").eachText()).startsWith("1", "2", "1", "1", "100 %")
			.endsWith("1", "0", "1", "0", "0");
		assertThat(main.select("#figures-per-year caption").text())
			.isEqualTo(text("pilot.results.table.per-year", Language.FRENCH));
		assertThat(main.select("#figures-per-year thead th[scope=col]")).hasSize(12);
		assertThat(main.select("svg.chart")).hasSize(4);
		assertThat(main.select("svg.chart title")).allSatisfy(title -> assertThat(title.text()).isNotBlank());
		assertThat(main.select("svg.chart desc"))
			.allSatisfy(description -> assertThat(description.text()).isNotBlank());
		assertThat(main.select("#key-figures .figure-value")).hasSize(5);
		assertThat(main.select("#stories a").eachAttr("href")).contains("/fr/results/" + awarded.pilot());
	}

	@Test
	void forgetsResultsAtOnceWhenTheyAreTakenOffline() {
		var awarded = completedAndPublished("Sensors misread full bins in the rain.");
		var path = "/results/" + awarded.pilot();
		assertThat(visitor().get(path).statusCode()).isEqualTo(200);
		assertThat(WebClient.html(visitor().get("/results")).select("#stories a").eachAttr("href")).contains(path);

		bidding.as(awarded.agency().manager(), awarded.agency().id(), () -> {
			var pilot = query.byReference(awarded.pilot()).pilot();
			management.withdrawResults(pilot.id(), pilot.version());
		});

		var gone = visitor().get(path, "Accept", "text/html");
		assertThat(gone.statusCode()).as("not kept once withdrawn").isEqualTo(404);
		assertThat(gone.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(WebClient.html(visitor().get("/results")).select("#stories a").eachAttr("href"))
			.doesNotContain(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/results/CH-1999-0000-P1", "/fr/results/CH-1999-0000-P1", "/nl/results/-" })
	void answersUnknownResultsWithANotFoundPageInItsLanguageAndNoSession(String address) {
		var response = visitor().get(address, "Accept", "text/html");

		assertThat(response.statusCode()).as(address).isEqualTo(404);
		assertThat(response.headers().allValues("Set-Cookie")).as(address).isEmpty();
		assertThat(WebClient.html(response).select("main h1").text())
			.isEqualTo(text("not-found.heading", PublicPaths.languageOf(address)));
	}

	@Test
	void answersThePilotOfAChallengeWhoseResultsAreNotPublishedWithNotFound() {
		var awarded = awarded();

		var response = visitor().get("/results/" + awarded.pilot(), "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	/**
	 * A visitor reading the Results section and a pilot's results in every language, and
	 * results that are not there: the container creates no session at all, cookie or not.
	 */
	@Test
	void createsNoSessionWhileAVisitorReadsTheResultsInEveryLanguage() {
		var awarded = completedAndPublished("Night rounds cut **a third** of the complaints.");
		var before = sessions.count();
		var statuses = new ArrayList<String>();

		for (var language : List.of("", "/fr", "/nl", "/de")) {
			for (var path : List.of("/results", "/results/" + awarded.pilot(), "/results/CH-1999-0000-P1")) {
				statuses
					.add(language + path + " " + visitor().get(language + path, "Accept", "text/html").statusCode());
			}
		}

		assertThat(sessions.count()).as("sessions created while a visitor read the results").isEqualTo(before);
		assertThat(statuses).as("every page read, those that are not there as not found")
			.allSatisfy(read -> assertThat(read)
				.endsWith(read.contains("no-such") || read.contains("1999") ? " 404" : " 200"));
	}

	@Test
	void showsResultsMadeOfHostileTextsAsTextInTheFirstResponse() {
		var awarded = completedAndPublished(payloads(Pilot.LESSONS_MAX_LENGTH));
		var path = "/results/" + awarded.pilot();

		for (var address : List.of(path, "/de/results")) {
			var page = WebClient.html(visitor().get(address));
			var main = page.selectFirst("main");
			assertThat(main
				.select("script, iframe, style, object, embed, [onerror], [onload], [onclick], b, svg:not(.chart)"))
				.as(address)
				.isEmpty();
			assertThat(main.select("a[href^=javascript], a[href^=data], img")).as(address).isEmpty();
			assertThat(page.select("script")).as("only the site's own script on %s", address)
				.allSatisfy(script -> assertThat(script.attr("src")).isEqualTo("/scripts/public.js"));
		}
		var page = WebClient.html(visitor().get(path));
		assertThat(page.select("#lessons").text()).contains("<svg/onload=window.pwned=1>", "<%= 7*7 %> {0} {1}");
		assertThat(page.select("meta[name=description]").attr("content")).doesNotContain("<script");
	}

	/** A challenge awarded yesterday, its pilot planned. */
	private TestPilots.Awarded awarded() {
		var now = clock.instant();
		// Published 22 days ago, so that its deadline has passed and it was awarded
		// yesterday.
		clock.set(now.minus(Duration.ofDays(22)));
		try {
			return pilots.awarded();
		}
		finally {
			clock.set(now);
		}
	}

	/**
	 * A pilot run to its end today, with the company's account, and its results
	 * published.
	 */
	private TestPilots.Awarded completedAndPublished(String lessons) {
		var awarded = awarded();
		var today = LocalDate.ofInstant(clock.instant(), ChallengeDraft.DEFAULT_TIME_ZONE);
		var agency = awarded.agency();
		bidding.as(agency.manager(), agency.id(), () -> {
			var pilot = query.byReference(awarded.pilot()).pilot();
			management.start(pilot.id(), pilot.version());
			management.complete(pilot.id(), pilot.version() + 1, today,
					new PilotResults(PilotOutcome.SUCCEEDED, lessons, PilotDecision.PROCURE_AT_LARGER_SCALE));
		});
		var winner = awarded.winner();
		bidding.as(winner.owner(), winner.company(), () -> {
			var pilot = query.byReference(awarded.pilot()).pilot();
			management.writeAccount(pilot.id(), pilot.version(), "The drivers' feedback shaped every route we tried.");
		});
		bidding.as(agency.manager(), agency.id(), () -> {
			var pilot = query.byReference(awarded.pilot()).pilot();
			management.publishResults(pilot.id(), pilot.version());
		});
		return awarded;
	}

	/** The hostile corpus in one text, as long as the lessons of a pilot may be. */
	private static String payloads(int maxLength) {
		var all = HostileCorpus.values()
			.values()
			.stream()
			.filter(payload -> payload.length() < 1_000)
			.collect(Collectors.joining("\n\n"));
		return all.substring(0, Math.min(all.length(), maxLength));
	}

	private WebClient visitor() {
		return WebClient.visitor(base());
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private String text(String key, Language language) {
		return messages.getMessage(key, null, language.locale());
	}

}
