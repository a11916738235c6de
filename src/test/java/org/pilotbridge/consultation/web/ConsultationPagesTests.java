package org.pilotbridge.consultation.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;

import org.pilotbridge.consultation.Consultation;
import org.pilotbridge.consultation.ConsultationAnswering;
import org.pilotbridge.consultation.ConsultationDraft;
import org.pilotbridge.consultation.ConsultationManagement;
import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.consultation.PublicConsultation;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.security.HostileCorpus;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.PublicSiteTest;
import org.pilotbridge.test.CreatedSessions;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market consultations on the public site, as a client without a browser reads them:
 * a consultation's page whole in the first response, in the language of its address, no
 * session for a visitor, revalidation with {@code ETag}; never said to be open after its
 * close, neither on its page nor in the list, though both were kept a moment before;
 * after the close, how many answered and the answers published; the way to answer for a
 * company's member and to manage for the agency's, on pages no shared cache keeps.
 */
@PublicSiteTest
class ConsultationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestBidding bidding;

	@Autowired
	ConsultationManagement management;

	@Autowired
	ConsultationQuery query;

	@Autowired
	ConsultationAnswering answering;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MutableClock clock;

	@Autowired
	MessageSource messages;

	@Autowired
	CreatedSessions sessions;

	Instant started;

	@BeforeEach
	void rememberTheTime() {
		started = clock.instant();
	}

	@Autowired
	CacheManager caches;

	/**
	 * Puts the clock back for the other tests, and forgets what the pages kept meanwhile:
	 * kept at a later time, it would seem fresh for days to a clock set back.
	 */
	@AfterEach
	void putTheClockBack() {
		clock.set(started);
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
	}

	@Test
	void servesAConsultationWholeInTheFirstResponseWithoutASession() {
		var consultation = publish(bidding.agency(), "Quieter bin lorries");

		var response = visitor().get("/consultations/" + consultation.reference());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();
		var main = WebClient.html(response).selectFirst("main");
		assertThat(main.select("h1").text()).isEqualTo(consultation.title());
		assertThat(main.select(".challenge-header .badge").text()).isEqualTo("Open");
		assertThat(main.select("#problem").text()).contains("Our bin lorries wake people up at six in the morning.");
		assertThat(main.select("#problem strong").text()).as("Markdown, sanitized").isEqualTo("six");
		assertThat(main.select("#questions li").eachText()).containsExactly(
				"Which quieter lorries or lifts exist today?", "What would a three-month trial need from us?");
		assertThat(main.select("#consultation-status").text()).startsWith("Open for answers until")
			.contains("(Europe/Brussels)");
		assertThat(main.select("#closes-at time").attr("datetime")).isEqualTo(consultation.closesAt().toString());
		assertThat(main.select("#key-facts").text()).contains(consultation.reference(), "72000000-5");
		assertThat(main.select("#sign-in-to-answer").attr("href")).startsWith("/sign-in/continue?to=");
		assertThat(main.select("#results")).as("nothing of the answers while it is open").isEmpty();
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(cache -> assertThat(cache).startsWith("public, max-age="));
		var etag = response.headers().firstValue("ETag").orElseThrow();
		var again = visitor().get("/consultations/" + consultation.reference(), "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void speaksTheLanguageOfItsAddressAndMarksTheConsultationsOwn() {
		var consultation = publish(bidding.agency(), "Cooler bus shelters");
		var path = "/consultations/" + consultation.reference();

		var french = WebClient.html(visitor().get("/fr" + path));

		assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(french.select("#problem h2").text())
			.isEqualTo(text("catalogue.consultation.problem", Language.FRENCH));
		assertThat(french.select("#problem").attr("lang")).as("the consultation's own language").isEqualTo("en");
		assertThat(french.select(".challenge-header .badge").text())
			.isEqualTo(text("catalogue.consultation.open", Language.FRENCH));
		assertThat(french.select("title").text()).isEqualTo(consultation.title() + " · Pilotbridge");
		assertThat(french.select("meta[name=description]").attr("content"))
			.isEqualTo("Our bin lorries wake people up at six in the morning.");
		assertThat(french.select("link[rel=canonical]").attr("href")).isEqualTo(base() + "/fr" + path);
		assertThat(french.select("link[rel=alternate][hreflang=de]").attr("href")).isEqualTo(base() + "/de" + path);
		var list = WebClient.html(visitor().get("/nl/consultations"));
		assertThat(list.select("main h1").text()).isEqualTo(text("catalogue.consultations.title", Language.DUTCH));
		assertThat(list.select("#open-consultations a").eachAttr("href")).contains("/nl" + path);
	}

	@Test
	void neverSaysOpenAfterItsCloseThoughItsPageAndTheListWereKeptAMomentBefore() {
		var agency = bidding.agency();
		var consultation = publish(agency, "Fewer idling engines");
		var company = bidding.company(agency, Language.ENGLISH);
		bidding.as(company.owner(), company.id(), () -> answering.answer(consultation.id(), company.id(),
				List.of("Electric lorries with electric lifts, already used in Ghent.", ""), true));
		var path = "/consultations/" + consultation.reference();

		clock.set(consultation.closesAt().minusSeconds(20));
		var before = visitor().get(path);
		assertThat(WebClient.html(before).select(".challenge-header .badge").text()).isEqualTo("Open");
		assertThat(before.headers().firstValue("Cache-Control")).as("20 seconds before the close")
			.hasValue("public, max-age=20");
		var listBefore = visitor().get("/consultations");
		assertThat(WebClient.html(listBefore).select("#open-consultations").text()).contains(consultation.title());
		assertThat(maxAge(listBefore.headers().firstValue("Cache-Control").orElseThrow())).isLessThanOrEqualTo(20);

		clock.set(consultation.closesAt().plusSeconds(1));
		var after = WebClient.html(visitor().get(path));
		assertThat(after.select(".challenge-header .badge").text()).as("not kept past its close").isEqualTo("Closed");
		assertThat(after.select("#consultation-status").text()).startsWith("Closed on");
		assertThat(after.select("#answer")).isEmpty();
		assertThat(after.select("#answer-count").text()).isEqualTo("Companies that answered: 1");
		assertThat(after.select("#results .published-answer h3").text()).isEqualTo(company.name());
		assertThat(after.select("#results .qa-list dd").eachText())
			.containsExactly("Electric lorries with electric lifts, already used in Ghent.", "—");
		var listAfter = WebClient.html(visitor().get("/consultations"));
		assertThat(listAfter.select("#open-consultations").text()).doesNotContain(consultation.title());
		assertThat(listAfter.select("#closed-consultations").text()).contains(consultation.title());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/consultations/MC-1999-0000", "/nl/consultations/MC-1999-0000", "/de/consultations/-",
			"/consultations/MC-1999-0000/answers" })
	void answersAnUnknownConsultationWithANotFoundPageInItsLanguageAndNoSession(String address) {
		var response = visitor().get(address, "Accept", "text/html");

		assertThat(response.statusCode()).as(address).isEqualTo(404);
		assertThat(response.headers().allValues("Set-Cookie")).as(address).isEmpty();
		assertThat(WebClient.html(response).select("main h1").text())
			.isEqualTo(text("not-found.heading", PublicPaths.languageOf(address)));
	}

	@Test
	void leadsACompanysMemberToTheAnswerFormAndTellsThemWhenTheirCompanyAnswered() {
		var agency = bidding.agency();
		var consultation = publish(agency, "Safer school crossings");
		var company = bidding.company(agency, Language.ENGLISH);
		var path = "/consultations/" + consultation.reference();

		var signedIn = WebClient.signedIn(base(), company.ownerEmail(), path);

		var landing = signedIn.landing();
		assertThat(landing.uri().getPath()).isEqualTo(path);
		var html = WebClient.html(landing);
		assertThat(html.select("#answer-consultation").attr("href")).isEqualTo(path + "/answer");
		assertThat(html.select("#answer-consultation").text()).isEqualTo("Answer this consultation");
		assertThat(html.select("#answer").text()).contains("You answer for " + company.name());
		assertThat(html.select("#answered")).isEmpty();
		assertThat(landing.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(landing.headers().firstValue("ETag")).isEmpty();

		bidding.as(company.owner(), company.id(), () -> answering.answer(consultation.id(), company.id(),
				List.of("Raised crossings with lights.", "A school and two crossings."), false));

		var answered = WebClient.html(signedIn.client().get(path));
		assertThat(answered.select("#answered").text()).startsWith("Your company answered; last change on");
		assertThat(answered.select("#answer-consultation").text()).isEqualTo("Change our answer");
		assertThat(WebClient.html(visitor().get(path)).select("#answered, #answer-consultation"))
			.as("nothing of it for a visitor")
			.isEmpty();
	}

	@Test
	void leadsTheAgencysManagerToManageTheConsultation() {
		var agency = bidding.agency();
		var consultation = publish(agency, "Greener depots");
		var path = "/consultations/" + consultation.reference();

		var signedIn = WebClient.signedIn(base(), directory.person(agency.manager()).orElseThrow().email(), path);

		var html = WebClient.html(signedIn.landing());
		assertThat(html.select("#manage-consultation").attr("href"))
			.isEqualTo("/agency/consultations/" + consultation.id());
		assertThat(html.select("#answer-consultation")).isEmpty();
		var list = WebClient.html(signedIn.client().get("/consultations"));
		assertThat(list.select("#agency-consultations").attr("href")).isEqualTo("/agency/consultations");
		assertThat(WebClient.html(visitor().get("/consultations")).select("#agency-consultations")).isEmpty();
	}

	/**
	 * A visitor reading the consultations in every language, one open and one closed with
	 * its published answers, and one that is not there: the container creates no session
	 * at all, cookie or not.
	 */
	@Test
	void createsNoSessionWhileAVisitorReadsTheConsultationsInEveryLanguage() {
		var agency = bidding.agency();
		var other = publish(agency, "Quieter street sweepers");
		var answered = publish(agency, "Fewer idling engines");
		var company = bidding.company(agency, Language.ENGLISH);
		bidding.as(company.owner(), company.id(), () -> answering.answer(answered.id(), company.id(),
				List.of("Engines that stop at red lights.", "Ten buses for a month."), true));
		var before = sessions.count();
		var statuses = new ArrayList<String>();

		// While they are open, and once they are closed with the answers published.
		for (var moment : List.of(clock.instant(), answered.closesAt().plusSeconds(1))) {
			clock.set(moment);
			for (var language : List.of("", "/fr", "/nl", "/de")) {
				for (var path : List.of("/consultations", "/consultations/" + other.reference(),
						"/consultations/" + answered.reference(), "/consultations/MC-1999-0000")) {
					statuses.add(
							language + path + " " + visitor().get(language + path, "Accept", "text/html").statusCode());
				}
			}
		}
		assertThat(WebClient.html(visitor().get("/consultations/" + answered.reference())).select("#results").text())
			.as("read after the close")
			.contains("Engines that stop at red lights.");

		assertThat(sessions.count()).as("sessions created while a visitor read the consultations").isEqualTo(before);
		assertThat(statuses).as("every page read, those that are not there as not found")
			.allSatisfy(read -> assertThat(read)
				.endsWith(read.contains("no-such") || read.contains("1999") ? " 404" : " 200"));
	}

	@Test
	void showsAConsultationMadeOfHostileTextsAsTextInItsFirstResponseBeforeAndAfterItsClose() {
		var agency = bidding.agency();
		var company = bidding.company(agency, Language.ENGLISH);
		var title = "<img src=x onerror=\"window.pwned=1\"> Lorries ${7*7} #{7*7} "
				+ UUID.randomUUID().toString().substring(0, 8);
		var question = "<script>window.pwned=1</script> [[${7*7}]] {0} '; DROP TABLE consultation; --?";
		var closes = LocalDateTime
			.ofInstant(clock.instant().plus(Duration.ofDays(2)), ConsultationDraft.DEFAULT_TIME_ZONE)
			.withSecond(0)
			.withNano(0);
		var id = bidding.as(agency.manager(), agency.id(),
				() -> management.publish(agency.id(),
						ConsultationDraft.of(title, payloads(Consultation.PROBLEM_MAX_LENGTH), List.of(question),
								List.of("72000000-5"), Language.ENGLISH, closes)));
		var answer = "<svg/onload=window.pwned=1> <b onclick=alert(1)>bold</b> [x](javascript:window.pwned=1) =HYPERLINK(\"https://evil.example\")";
		bidding.as(company.owner(), company.id(), () -> answering.answer(id, company.id(), List.of(answer), true));
		var consultation = bidding
			.as(agency.manager(), agency.id(), () -> query.byReference(query.managed(id).reference()))
			.orElseThrow();
		var path = "/consultations/" + consultation.reference();

		for (var address : List.of(path, "/fr/consultations")) {
			var page = WebClient.html(visitor().get(address));
			assertInert(page, address);
			assertThat(page.selectFirst("main").text()).as(address)
				.contains("<img src=x onerror=\"window.pwned=1\"> Lorries ${7*7} #{7*7}")
				.doesNotContain("Lorries 49");
		}
		var page = WebClient.html(visitor().get(path));
		assertThat(page.select("#questions li").eachText()).containsExactly(question);
		assertThat(page.select("#problem").text()).contains("<svg/onload=window.pwned=1>");
		assertThat(page.title()).isEqualTo(title + " · Pilotbridge");

		clock.set(consultation.closesAt().plusSeconds(1));
		var closed = WebClient.html(visitor().get(path));
		assertInert(closed, path + " after the close");
		assertThat(closed.select("#results").text()).contains(company.name(), answer);
	}

	/** A consultation of the agency, open for two days. */
	private PublicConsultation publish(TestBidding.Agency agency, String title) {
		var fullTitle = title + " " + UUID.randomUUID().toString().substring(0, 8);
		var closes = LocalDateTime
			.ofInstant(clock.instant().plus(Duration.ofDays(2)), ConsultationDraft.DEFAULT_TIME_ZONE)
			.withSecond(0)
			.withNano(0);
		var id = bidding.as(agency.manager(), agency.id(),
				() -> management.publish(agency.id(),
						ConsultationDraft.of(fullTitle, "Our bin lorries wake people up at **six** in the morning.",
								List.of("Which quieter lorries or lifts exist today?",
										"What would a three-month trial need from us?"),
								List.of("72000000-5"), Language.ENGLISH, closes)));
		return bidding.as(agency.manager(), agency.id(),
				() -> query.byReference(query.managed(id).reference()).orElseThrow());
	}

	private static long maxAge(String cacheControl) {
		var matcher = java.util.regex.Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

	/** The hostile corpus in one text, as long as a text of the catalogue may be. */
	private static String payloads(int maxLength) {
		var all = HostileCorpus.values()
			.values()
			.stream()
			.filter(payload -> payload.length() < 1_000)
			.collect(Collectors.joining("\n\n"));
		return all.substring(0, Math.min(all.length(), maxLength));
	}

	/**
	 * Nothing of a hostile text became markup of the page, and the only script is the
	 * site's own.
	 */
	private static void assertInert(Document page, String address) {
		var main = page.selectFirst("main");
		assertThat(main.select("script, svg, iframe, style, object, embed, [onerror], [onload], [onclick], b"))
			.as(address)
			.isEmpty();
		assertThat(main.select("a[href^=javascript], a[href^=data], img[src^=x], img[src^=http]")).as(address)
			.isEmpty();
		assertThat(page.select("script")).as("only the site's own script on %s", address)
			.allSatisfy(script -> assertThat(script.attr("src")).isEqualTo("/scripts/public.js"));
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
