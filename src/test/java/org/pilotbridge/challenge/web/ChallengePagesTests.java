package org.pilotbridge.challenge.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.ClarificationManagement;
import org.pilotbridge.challenge.CriterionData;
import org.pilotbridge.challenge.QuestionId;
import org.pilotbridge.security.HostileCorpus;
import org.pilotbridge.shared.web.PublicSiteTest;
import org.pilotbridge.shared.web.RenderedPages;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The challenges on the public site, as a client without a browser reads them: the whole
 * page in the first response, no session for a visitor, revalidation with {@code ETag},
 * never cached past a deadline nor once a change is published, the old shareable search
 * addresses, and a company member who follows and asks from the page and comes back to
 * it.
 */
@PublicSiteTest
class ChallengePagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestBidding bidding;

	@Autowired
	ClarificationManagement clarifications;

	@Autowired
	MutableClock clock;

	@Autowired
	ChallengeManagement management;

	@Autowired
	ChallengeDirectory directory;

	@Autowired
	ChallengeQuery query;

	@Autowired
	CacheManager caches;

	@Test
	void servesAChallengeWholeInTheFirstResponseWithItsPublicAnswersAndNoSession() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency, "Quieter night buses");
		var company = bidding.company(agency, org.pilotbridge.shared.Language.ENGLISH);
		var question = bidding.as(company.owner(), company.id(),
				() -> clarifications.ask(challenge.id(), "Felix asks: may we reuse the depot’s chargers?"));
		answer(agency, question, "Can the pilot reuse the depot’s chargers?", "Yes: **all six** of them.");

		var response = visitor().get("/challenges/" + challenge.reference());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		var main = WebClient.html(response).selectFirst("main");
		assertThat(main.select("h1").text()).isEqualTo("Quieter night buses");
		assertThat(main.select("#problem-statement").text())
			.contains("Our school buses run half empty on rural roads.");
		assertThat(main.select("#questions-and-answers").text())
			.contains("Can the pilot reuse the depot’s chargers?", "Yes: all six of them.")
			.doesNotContain("Felix");
		assertThat(main.select("#questions-and-answers strong").text()).isEqualTo("all six");
		assertThat(main.select("#criteria").text()).contains("Quality of the approach — 40 %", "Price — 40 %");
		assertThat(main.select("#key-facts").text()).contains(challenge.reference(), "(Europe/Brussels)");
		assertThat(main.select("#proposals-deadline time").attr("datetime"))
			.isEqualTo(challenge.proposalsDeadline().toString());
		assertThat(main.select("#take-part").attr("href")).startsWith("/sign-in/continue?to=");
	}

	@Test
	void namesEveryChangedFieldInTheChangeLogInTheReadersLanguageWithTheDateDayFirst() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency, "Greener school runs");
		bidding.as(agency.manager(), agency.id(), () -> {
			var managed = query.managed(challenge.id());
			var changed = managed.content()
				.toBuilder()
				.title("Greener school runs and trips")
				.cpvCodes(List.of("72000000-5", "48000000-8"))
				.build();
			management.amend(challenge.id(), managed.version(), changed, "Trips too");
		});
		var amendedAt = clock.instant().atZone(challenge.timeZone());

		var english = WebClient.html(visitor().get("/challenges/" + challenge.reference()));
		var french = WebClient.html(visitor().get("/fr/challenges/" + challenge.reference()));

		assertThat(english.select("#change-log li").text())
			.startsWith(amendedAt.getDayOfMonth() + " "
					+ amendedAt.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
					+ amendedAt.getYear())
			.endsWith("— Trips too Changed: Title, CPV codes.");
		assertThat(french.select("#change-log li").text()).endsWith("— Trips too Modifié : Titre, Codes CPV.");
	}

	@Test
	void describesAChallengeToLinkPreviewsAndSearchEnginesInEveryLanguage() {
		var challenge = bidding.challenge(bidding.agency(), "Smarter bin rounds");

		var english = WebClient.html(visitor().get("/challenges/" + challenge.reference())).head();
		var french = WebClient.html(visitor().get("/fr/challenges/" + challenge.reference()));

		assertThat(english.select("title").text()).isEqualTo("Smarter bin rounds · Pilotbridge");
		assertThat(english.select("meta[name=description]").attr("content"))
			.isEqualTo("Plan school bus routes from actual ridership.");
		assertThat(english.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(english.select("meta[property=og:title]").attr("content")).isEqualTo("Smarter bin rounds");
		assertThat(english.select("meta[property=og:image]").attr("content"))
			.isEqualTo(base() + "/cards/challenges/" + challenge.reference() + ".png");
		assertThat(english.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
		assertThat(english.select("meta[property=og:image:height]").attr("content")).isEqualTo("630");
		assertThat(english.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(french.select("meta[property=og:image]").attr("content"))
			.isEqualTo(base() + "/fr/cards/challenges/" + challenge.reference() + ".png");
		assertThat(french.select("link[rel=canonical]").attr("href"))
			.isEqualTo(base() + "/fr/challenges/" + challenge.reference());
		assertThat(french.select("link[rel=alternate][hreflang=nl]").attr("href"))
			.isEqualTo(base() + "/nl/challenges/" + challenge.reference());
		assertThat(french.select("main h2").eachText()).contains("En bref");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/challenges/%s", "/fr/challenges/%s", "/", "/challenges", "/challenges?q=harbour",
			"/solutions", "/consultations", "/results" })
	void keepsAnsweringAClientsTagWith304WhenAPageIsRenderedAgainFromTheSameData(String address) {
		var challenge = bidding.challenge(bidding.agency(), "Quieter harbour cranes");
		var path = address.formatted(challenge.reference());
		var first = visitor().get(path);
		var etag = first.headers().firstValue("ETag").orElseThrow();

		caches.getCache(RenderedPages.CACHE).clear();
		var again = visitor().get(path);

		assertThat(again.body()).as("the same data renders the same bytes").isEqualTo(first.body());
		assertThat(visitor().get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@Test
	void letsAVisitorsChallengePageBeRevalidatedAndNeverCachedPastItsDeadline() {
		var challenge = bidding.challenge(bidding.agency(), "Cooler school yards");
		var path = "/challenges/" + challenge.reference();

		var first = visitor().get(path);
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=60, stale-while-revalidate=30");
		var etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(visitor().get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);

		clock.set(challenge.questionsDeadline().minusSeconds(20));
		assertThat(visitor().get(path).headers().firstValue("Cache-Control"))
			.as("20 seconds before the questions deadline")
			.hasValue("public, max-age=20");

		clock.set(challenge.proposalsDeadline().minusSeconds(45));
		var beforeDeadline = WebClient.html(visitor().get(path));
		assertThat(beforeDeadline.select(".challenge-header .badge").text()).isEqualTo("Open");

		clock.set(challenge.proposalsDeadline().plusSeconds(1));
		var closed = visitor().get(path);
		assertThat(WebClient.html(closed).select(".challenge-header .badge").text()).as("not kept past its deadline")
			.isEqualTo("Closed");
		assertThat(closed.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=60, stale-while-revalidate=30");
	}

	@Test
	void showsAPublishedAnswerAtOnceThoughThePageWasKept() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency, "Fewer lost bicycles");
		var company = bidding.company(agency, org.pilotbridge.shared.Language.ENGLISH);
		var question = bidding.as(company.owner(), company.id(),
				() -> clarifications.ask(challenge.id(), "Do you keep the bicycles’ serial numbers?"));
		var path = "/challenges/" + challenge.reference();
		assertThat(text(path, "#questions-and-answers")).doesNotContain("serial numbers");

		answer(agency, question, "Do you keep the bicycles’ serial numbers?", "We do, since 2019.");

		assertThat(text(path, "#questions-and-answers")).contains("serial numbers", "We do, since 2019.");
	}

	@Test
	void findsChallengesWithTheSearchAddressesPeopleShared() {
		var challenge = bidding.challenge(bidding.agency(), "Déneigement intelligent des pistes cyclables");

		var found = visitor().get("/challenges?q=pistes+cyclables&status=OPEN&cpv=72&sort=NEWEST");

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.headers().allValues("Set-Cookie")).isEmpty();
		var main = WebClient.html(found).selectFirst("main");
		assertThat(main.select(".challenge-card h2 a").eachText())
			.contains("Déneigement intelligent des pistes cyclables");
		assertThat(main.select(".challenge-card h2 a").eachAttr("href"))
			.contains("/challenges/" + challenge.reference());
		assertThat(main.select(".challenge-card mark").eachText()).contains("pistes", "cyclables");
		assertThat(main.select("#challenge-search").attr("value")).isEqualTo("pistes cyclables");
		assertThat(main.select("#filter-status option[selected]").attr("value")).isEqualTo("OPEN");
		assertThat(main.select("#filter-division option[selected]").attr("value")).isEqualTo("72");
		assertThat(visitor().get("/challenges?q=pistes+cyclables&cpv=34").body()).doesNotContain(challenge.reference());
		var etag = found.headers().firstValue("ETag").orElseThrow();
		assertThat(visitor().get("/challenges?q=pistes+cyclables&status=OPEN&cpv=72&sort=NEWEST", "If-None-Match", etag)
			.statusCode()).isEqualTo(304);
		assertThat(WebClient.html(visitor().get("/nl/challenges?q=pistes+cyclables"))
			.select("link[rel=canonical]")
			.attr("href")).isEqualTo(base() + "/nl/challenges?q=pistes%20cyclables");
	}

	@Test
	void sendsTheSearchFormToTheSearchsOwnAddress() {
		var response = visitor()
			.get("/fr/challenges?q=pistes+cyclables&status=&cpv=72&lang=&sort=RELEVANCE&budgetMin=&page=");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/fr/challenges?q=pistes%20cyclables&cpv=72"));
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "?q=" + "x", "?page=-3", "?page=abc", "?budgetMin=lots", "?deadlineFrom=yesterday",
			"?status=NOPE&sort=NOPE&lang=xx&cpv=7", "?cpv=72%00", "?page=99999999999" })
	void readsAnySearchAddressWithoutFailing(String query) {
		var response = visitor().get("/challenges" + query);

		assertThat(response.statusCode()).as(query).isEqualTo(200);
		assertThat(WebClient.html(response).select("main h1").text()).isEqualTo("Challenges");
	}

	@Test
	void explainsASearchTooLongToRun() {
		var response = visitor().get("/de/challenges?q=" + "wort+".repeat(60));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(WebClient.html(response).select("main .field-error").text())
			.isEqualTo("Bitte verwenden Sie höchstens 200 Zeichen.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/challenges/CH-1999-0001", "/fr/challenges/CH-1999-0001", "/challenges/%3Cscript%3E",
			"/challenges/ch-2026-0001x" })
	void answersAnUnknownChallengeWithANotFoundPageAndNoSession(String address) {
		var response = visitor().get(address, "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void showsTheOpenChallengesClosingSoonestOnTheHomePage() {
		clock.advance(Duration.ofMinutes(5));
		var challenge = bidding.challenge(bidding.agency(), "Sooner than all the others");
		// Every challenge published before it closes first; it is the open one closing
		// soonest.
		clock.set(challenge.proposalsDeadline().minus(Duration.ofSeconds(45)));

		var response = visitor().get("/nl");

		var home = WebClient.html(response);
		assertThat(home.select("main #closing-soon .challenge-card h3 a").eachText()).first()
			.isEqualTo("Sooner than all the others");
		assertThat(home.select("main #closing-soon .challenge-card").text()).contains("min");
		assertThat(response.headers().firstValue("Cache-Control")).as("not kept past its deadline")
			.hasValue("public, max-age=45");
	}

	@Test
	void neverShowsAVisitorsKeptPageToASignedInPersonNorTheirPageToTheNextVisitor() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency, "Cooler school playgrounds");
		var company = bidding.company(agency, org.pilotbridge.shared.Language.ENGLISH);
		var path = "/challenges/" + challenge.reference();
		var first = visitor().get(path);
		var kept = visitor().get(path);
		assertThat(kept.body()).as("the next visitor gets the same page").isEqualTo(first.body());
		assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();

		var signedIn = WebClient.signedIn(base(), company.ownerEmail(), path);

		var own = WebClient.html(signedIn.landing());
		assertThat(own.select("#account-menu summary").text()).contains(company.name());
		assertThat(signedIn.landing().headers().firstValue("Cache-Control")).hasValue("private, no-store");
		var next = visitor().get(path);
		assertThat(next.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("public"));
		assertThat(WebClient.html(next).select("#account-menu")).as("no one's account on a visitor's page").isEmpty();
		assertThat(next.body()).doesNotContain(company.name());
	}

	@Test
	void letsACompanyMemberFollowAndAskFromThePageAndComeBackToIt() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency, "Brighter bus shelters");
		var company = bidding.company(agency, org.pilotbridge.shared.Language.ENGLISH);
		var path = "/fr/challenges/" + challenge.reference();

		var signedIn = WebClient.signedIn(base(), company.ownerEmail(), path);

		var landing = signedIn.landing();
		assertThat(landing.uri().getPath()).isEqualTo(path);
		assertThat(landing.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		var page = WebClient.html(landing);
		assertThat(page.select("#account-menu summary").text()).contains(company.name());
		assertThat(page.select("#follow").text()).isEqualTo("Suivre ce défi");
		assertThat(page.select("#propose").attr("href"))
			.isEqualTo("/challenges/" + challenge.reference() + "/proposal");

		var followed = signedIn.client()
			.post("/challenges/" + challenge.reference() + "/follow",
					Map.of("follow", "true", "language", "fr", "_csrf", csrf(page, "#follow")));
		assertThat(followed.uri().getPath()).isEqualTo(path);
		assertThat(WebClient.html(followed).select("#follow").text()).isEqualTo("Ne plus suivre");

		var refused = signedIn.client()
			.post("/challenges/" + challenge.reference() + "/questions",
					Map.of("text", " ", "language", "fr", "_csrf", csrf(WebClient.html(followed), "#ask")));
		var refusedPage = WebClient.html(refused);
		assertThat(refusedPage.select("#question-error").text()).isEqualTo("Veuillez remplir ce champ.");

		var asked = signedIn.client()
			.post("/challenges/" + challenge.reference() + "/questions", Map.of("text",
					"Can shelters stay lit all night?", "language", "fr", "_csrf", csrf(refusedPage, "#ask")));
		assertThat(WebClient.html(asked).select("#my-questions").text()).contains("Can shelters stay lit all night?");

		var list = signedIn.client().get("/fr/challenges?q=shelters&status=OPEN");
		assertThat(list.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		var form = WebClient.html(list).selectFirst("#save-search form");
		assertThat(form.select("input[type=hidden]").eachAttr("name")).contains("q", "status", "language");
		var saved = signedIn.client()
			.post("/challenges/saved-searches",
					Map.of("q", "shelters", "status", "OPEN", "name", "Shelters", "frequency", "IMMEDIATE", "language",
							"fr", "_csrf", csrf(WebClient.html(list), "#save-search-confirm")));
		assertThat(saved.uri().getPath()).isEqualTo("/fr/challenges");
		assertThat(saved.uri().getQuery()).isEqualTo("q=shelters&status=OPEN");
		assertThat(WebClient.html(saved).select("main .alert-success").text())
			.isEqualTo("Nous vous avertirons des nouveaux défis correspondants.");

		var forged = WebClient.visitor(base())
			.post("/challenges/" + challenge.reference() + "/follow", Map.of("follow", "false", "language", "fr"));
		assertThat(forged.statusCode()).as("a post without a session nor a token").isIn(302, 403);
		assertThat(WebClient.html(signedIn.client().get(path)).select("#follow").text()).isEqualTo("Ne plus suivre");
	}

	@Test
	void showsAChallengeMadeOfHostileTextsAsTextInItsFirstResponse() {
		var agency = bidding.agency();
		var model = bidding.challenge(agency);
		var payloads = HostileCorpus.values()
			.values()
			.stream()
			.filter(payload -> payload.length() < 1_000)
			.collect(Collectors.joining("\n\n"));
		var title = "<img src=x onerror=\"window.pwned=1\"> Buses ${7*7} #{7*7}";
		var summary = "<script>window.pwned=1</script> [[${7*7}]] '; DROP TABLE challenge; --";
		var id = bidding.as(agency.manager(), agency.id(), () -> {
			var created = management.createDraft(agency.id(),
					ChallengeDraft.builder()
						.title(title)
						.summary(summary)
						.problemStatement(payloads)
						.context(payloads)
						.expectedOutcome("Fewer kilometres.")
						.constraints("")
						.budgetCap(model.budgetCap())
						.pilotDurationWeeks(model.pilotDurationWeeks())
						.questionsDeadline(local(model.questionsDeadline()))
						.proposalsDeadline(local(model.proposalsDeadline()))
						.criteria(model.criteria()
							.stream()
							.map(c -> CriterionData.of(c.name() + " <b onclick=alert(1)>", c.description(), c.weight(),
									c.type()))
							.toList())
						.cpvCodes(List.of("72000000-5"))
						.languages(model.languages())
						.build());
			management.publish(created);
			return created;
		});
		var reference = directory.challenge(id).orElseThrow().reference();

		for (var address : List.of("/challenges/" + reference, "/nl/challenges?q=Buses")) {
			var page = WebClient.html(visitor().get(address));
			var main = page.selectFirst("main");
			assertThat(main.select("script, img, svg, iframe, style, [onerror], [onload], [onclick], b")).as(address)
				.isEmpty();
			assertThat(main.select("a[href^=javascript], a[href^=data]")).as(address).isEmpty();
			assertThat(page.select("script")).as("only the site's own script")
				.allSatisfy(script -> assertThat(script.attr("src")).isEqualTo("/scripts/public.js"));
			assertThat(main.text()).as(address)
				.contains("<img src=x onerror=\"window.pwned=1\"> Buses ${7*7} #{7*7}")
				.doesNotContain("Buses 49");
		}
		var page = WebClient.html(visitor().get("/challenges/" + reference));
		assertThat(page.select("main .challenge-header + .lead").text()).isEqualTo(summary);
		assertThat(page.select("#problem-statement").text()).contains("<svg/onload=window.pwned=1>",
				"<%= 7*7 %> {0} {1}");
		assertThat(page.select("#criteria li h3").eachText())
			.allSatisfy(name -> assertThat(name).contains("<b onclick=alert(1)>"));
		assertThat(page.title()).isEqualTo(title + " · Pilotbridge");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ChallengeDraft.DEFAULT_TIME_ZONE).withNano(0);
	}

	private void answer(TestBidding.Agency agency, QuestionId question, String published, String answer) {
		bidding.as(agency.manager(), agency.id(), () -> clarifications.answer(question, published, answer));
	}

	private String text(String path, String selector) {
		return WebClient.html(visitor().get(path)).select(selector).text();
	}

	private static String csrf(Document page, String button) {
		var form = page.selectFirst(button).closest("form");
		var token = CSRF.matcher(form.outerHtml());
		assertThat(token.find()).as("the CSRF token of the form of %s", button).isTrue();
		return token.group(1);
	}

	private WebClient visitor() {
		return WebClient.visitor(base());
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
