package org.pilotbridge.catalogue.web;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import org.pilotbridge.catalogue.PublicSolution;
import org.pilotbridge.catalogue.Solution;
import org.pilotbridge.catalogue.SolutionId;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionScreening;
import org.pilotbridge.security.HostileCorpus;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.web.PublicSiteTest;
import org.pilotbridge.test.CreatedSessions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solutions catalogue on the public site, as a client without a browser reads it: a
 * solution's page whole in the first response, with its pictures, in the language of its
 * address, no session for a visitor (nor for its pictures), revalidation with
 * {@code ETag}, gone at once when the company takes it out of the catalogue; the
 * catalogue's shareable search addresses as they have always been, any malformed search
 * answered with the catalogue, never an error; and the company's member offered to change
 * it, on a page no shared cache keeps.
 */
@PublicSiteTest
class SolutionPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestBidding bidding;

	@Autowired
	SolutionManagement solutions;

	@Autowired
	SolutionScreening screening;

	@Autowired
	SolutionQuery query;

	@Autowired
	MessageSource messages;

	@Autowired
	CreatedSessions sessions;

	@Test
	void servesASolutionWholeInTheFirstResponseWithItsPicturesAndNoSession() {
		var published = publish("Bin fill sensors", true);

		var response = visitor().get("/solutions/" + published.solution().reference());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();
		var main = WebClient.html(response).selectFirst("main");
		assertThat(main.select("h1").text()).isEqualTo(published.solution().name());
		assertThat(main.select("#description").text()).contains("Each sensor clips under the lid of any street bin");
		assertThat(main.select("#description strong").text()).as("Markdown, sanitized").isEqualTo("lid");
		assertThat(main.select("#problems-solved").text()).contains("Half-empty bins emptied on fixed rounds");
		assertThat(main.select("#customer-references").text()).contains("Used in two Flemish towns since 2024.");
		assertThat(main.select("#key-facts").text()).contains(published.company(),
				"TRL 8 · System complete and qualified", "English, Nederlands", "72000000-5");
		assertThat(main.select("#edit-solution")).as("a visitor is not offered to change it").isEmpty();
		var pictures = main.select(".gallery img");
		assertThat(pictures).hasSize(1);
		assertThat(pictures.attr("alt")).isEqualTo(published.solution().name() + ": picture 1 of 1");
		var picture = visitor().get(pictures.attr("src"));
		assertThat(picture.statusCode()).isEqualTo(200);
		assertThat(picture.headers().allValues("Set-Cookie")).as("no session for its pictures").isEmpty();
	}

	@Test
	void describesASolutionToLinkPreviewsAndSearchEnginesInEveryLanguage() {
		var solution = publish("Quiet street sweepers", false).solution();
		var reference = solution.reference();

		var english = WebClient.html(visitor().get("/solutions/" + reference)).head();
		var dutch = WebClient.html(visitor().get("/nl/solutions/" + reference));

		assertThat(english.select("title").text()).isEqualTo(solution.name() + " · Pilotbridge");
		assertThat(english.select("meta[name=description]").attr("content"))
			.isEqualTo("Ultrasonic sensors tell your crews which street bins are full, so rounds skip the empty ones.");
		assertThat(english.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(english.select("meta[property=og:title]").attr("content")).isEqualTo(solution.name());
		assertThat(english.select("meta[property=og:image]").attr("content"))
			.isEqualTo(base() + "/cards/solutions/" + reference + ".png");
		assertThat(english.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
		assertThat(english.select("meta[property=og:image:height]").attr("content")).isEqualTo("630");
		assertThat(english.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(english.select("link[rel=canonical]").attr("href")).isEqualTo(base() + "/solutions/" + reference);
		assertThat(dutch.selectFirst("html").attr("lang")).isEqualTo("nl");
		assertThat(dutch.select("meta[property=og:image]").attr("content"))
			.isEqualTo(base() + "/nl/cards/solutions/" + reference + ".png");
		assertThat(dutch.select("link[rel=canonical]").attr("href")).isEqualTo(base() + "/nl/solutions/" + reference);
		assertThat(dutch.select("link[rel=alternate]"))
			.extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
			.containsExactly("en " + base() + "/solutions/" + reference, "fr " + base() + "/fr/solutions/" + reference,
					"nl " + base() + "/nl/solutions/" + reference, "de " + base() + "/de/solutions/" + reference,
					"x-default " + base() + "/solutions/" + reference);
		assertThat(dutch.select("main h2").eachText()).contains(text("catalogue.solution.key-facts", Language.DUTCH),
				text("catalogue.field.description", Language.DUTCH));
	}

	@Test
	void letsAVisitorsSolutionPageBeRevalidatedAndForgetsItAsSoonAsTheCompanyWithdrawsIt() {
		var published = publish("Smart bin lids", false);
		var path = "/solutions/" + published.solution().reference();

		var first = visitor().get(path);
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=60, stale-while-revalidate=30");
		var etag = first.headers().firstValue("ETag").orElseThrow();
		var again = visitor().get(path, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.headers().allValues("Set-Cookie")).isEmpty();

		bidding.as(published.owner(), published.companyId(), () -> solutions.withdraw(published.solution().id()));

		var gone = visitor().get(path, "Accept", "text/html");
		assertThat(gone.statusCode()).as("not kept once withdrawn").isEqualTo(404);
		assertThat(gone.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void findsSolutionsAtTheCatalogueAddressesPeopleHaveSharedWithTheWordsMarked() {
		var published = publish("Lidar bin counters", false);
		var words = published.run();

		var response = visitor().get("/solutions?q=ultrasonic+" + words + "&cpv=72&trl=7&lang=nl&sort=MATURITY");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		var html = WebClient.html(response);
		var card = html.selectFirst(".solution-card");
		assertThat(card).as("the solution found").isNotNull();
		assertThat(card.select("h2 a").text()).isEqualTo(published.solution().name());
		assertThat(card.select("h2 a").attr("href")).isEqualTo("/solutions/" + published.solution().reference());
		assertThat(card.select("mark").eachText()).contains("Ultrasonic");
		assertThat(card.text()).contains(published.company(), "TRL 8 · System complete and qualified");
		assertThat(html.select("#result-count").text()).isEqualTo("Solutions found: 1; showing 1 to 1.");
		assertThat(html.select("#solution-search").val()).isEqualTo("ultrasonic " + words);
		assertThat(html.select("#filter-division option[selected]").val()).isEqualTo("72");
		assertThat(html.select("#filter-trl option[selected]").val()).isEqualTo("7");
		assertThat(html.select("#filter-language option[selected]").val()).isEqualTo("nl");
		assertThat(html.select("#filter-sort option[selected]").val()).isEqualTo("MATURITY");
		assertThat(html.select("link[rel=canonical]").attr("href"))
			.isEqualTo(base() + "/solutions?q=ultrasonic%20" + words + "&cpv=72&trl=7&lang=nl&sort=MATURITY");

		var french = WebClient.html(visitor().get("/fr/solutions?q=" + words));
		assertThat(french.select(".solution-card h2 a").attr("href"))
			.isEqualTo("/fr/solutions/" + published.solution().reference());
		assertThat(french.select("main h1").text()).isEqualTo(text("catalogue.list.title", Language.FRENCH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "trl=eleven", "trl=0", "trl=99", "cpv=7", "cpv=%27%3B--", "lang=xx", "sort=%3Cscript%3E",
			"page=-4", "page=999999999999", "page=2147483647", "q=%00%01", "q=%22unclosed", "q=-", "q=%F0%9F%9A%8C" })
	void answersAnyMalformedSearchWithTheCatalogue(String query) {
		var response = visitor().get("/solutions?" + query);

		assertThat(response.statusCode()).as(query).isEqualTo(200);
		assertThat(WebClient.html(response).select("main h1").text())
			.isEqualTo(text("catalogue.list.title", Language.ENGLISH));
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void refusesATooLongSearchWithATranslatedReasonAndChangesNothing() {
		var response = visitor().get("/de/solutions?q=" + "a".repeat(201));

		assertThat(response.statusCode()).isEqualTo(200);
		var html = WebClient.html(response);
		assertThat(html.select(".field-error").text())
			.isEqualTo(messages.getMessage("validation.too-long", new Object[] { 200 }, Language.GERMAN.locale()));
		assertThat(html.select("#solution-search").attr("aria-invalid")).isEqualTo("true");
		assertThat(html.select(".solution-card")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/solutions/no-such-solution", "/de/solutions/no-such-solution", "/fr/solutions/x",
			"/nl/solutions/-" })
	void answersAnUnknownSolutionWithANotFoundPageInItsLanguageAndNoSession(String address) {
		var response = visitor().get(address, "Accept", "text/html");

		assertThat(response.statusCode()).as(address).isEqualTo(404);
		assertThat(response.headers().allValues("Set-Cookie")).as(address).isEmpty();
		var language = PublicPaths.languageOf(address);
		assertThat(WebClient.html(response).select("main h1").text()).isEqualTo(text("not-found.heading", language));
	}

	@Test
	void offersTheCompanysMemberToChangeTheSolutionOnAPageNoSharedCacheKeeps() {
		var published = publish("Bin weighing arms", false);
		var path = "/solutions/" + published.solution().reference();

		var signedIn = WebClient.signedIn(base(), published.ownerEmail(), path);

		var landing = signedIn.landing();
		assertThat(landing.uri().getPath()).isEqualTo(path);
		var html = WebClient.html(landing);
		assertThat(html.select("#edit-solution").attr("href"))
			.isEqualTo("/company/solutions/" + published.solution().id() + "/edit");
		assertThat(landing.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(landing.headers().firstValue("ETag")).isEmpty();
		assertThat(WebClient.html(visitor().get(path)).select("#edit-solution")).as("still not for a visitor")
			.isEmpty();
	}

	/**
	 * A visitor, a crawler or a link preview reading the catalogue in every language, its
	 * searches, a solution, its picture and a solution that is not there: the container
	 * creates no session at all, cookie or not.
	 */
	@Test
	void createsNoSessionWhileAVisitorReadsTheCatalogueInEveryLanguage() {
		var published = publish("Bin sensors for all", true);
		var reference = published.solution().reference();
		var picture = WebClient.html(visitor().get("/solutions/" + reference)).select(".gallery img").attr("src");
		var before = sessions.count();
		var statuses = new ArrayList<String>();

		for (var language : List.of("", "/fr", "/nl", "/de")) {
			for (var path : List.of("/solutions", "/solutions?q=sensors&cpv=72&trl=5&lang=nl&sort=MATURITY",
					"/solutions?trl=eleven&page=-4", "/solutions?q=" + "a".repeat(201), "/solutions/" + reference,
					"/solutions/no-such-solution")) {
				statuses
					.add(language + path + " " + visitor().get(language + path, "Accept", "text/html").statusCode());
			}
		}
		assertThat(visitor().get(picture).statusCode()).isEqualTo(200);

		assertThat(sessions.count()).as("sessions created while a visitor read the catalogue").isEqualTo(before);
		assertThat(statuses).as("every page read, those that are not there as not found")
			.allSatisfy(read -> assertThat(read)
				.endsWith(read.contains("no-such") || read.contains("1999") ? " 404" : " 200"));
	}

	@Test
	void showsASolutionMadeOfHostileTextsAsTextInItsFirstResponse() {
		var agency = bidding.agency();
		var company = bidding.company(agency, Language.ENGLISH);
		var run = word();
		var name = "<img src=x onerror=\"window.pwned=1\"> Bins ${7*7} #{7*7} " + run;
		var pitch = "<script>window.pwned=1</script> [[${7*7}]] '; DROP TABLE solution; --";
		SolutionId id = bidding.as(company.owner(), company.id(), () -> {
			var created = solutions.create(company.id(), SolutionProfile.builder()
				.name(name)
				.pitch(pitch)
				.description(payloads(Solution.DESCRIPTION_MAX_LENGTH))
				.problemsSolved("[click](javascript:window.pwned=1) <b onclick=alert(1)>bold</b> {0} <%= 7*7 %>")
				.customerReferences(
						"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">open</a> =HYPERLINK(\"https://evil.example\")")
				.cpvCodes(List.of("72000000-5"))
				.trl(6)
				.languages(List.of(Language.ENGLISH))
				.build());
			solutions.submit(created);
			return created;
		});
		bidding.as(agency.admin(), null,
				() -> screening.approve(id,
						screening.pending()
							.stream()
							.filter(pending -> pending.id().equals(id))
							.findFirst()
							.orElseThrow()
							.version()));
		var reference = reference(id, company);

		for (var address : List.of("/solutions/" + reference, "/nl/solutions?q=" + run)) {
			var page = WebClient.html(visitor().get(address));
			assertInert(page, address);
			assertThat(page.selectFirst("main").text()).as(address)
				.contains("<img src=x onerror=\"window.pwned=1\"> Bins ${7*7} #{7*7}", pitch)
				.doesNotContain("Bins 49");
		}
		var page = WebClient.html(visitor().get("/solutions/" + reference));
		assertThat(page.select("#pitch").text()).isEqualTo(pitch);
		assertThat(page.select("#description").text()).contains("<svg/onload=window.pwned=1>");
		assertThat(page.select("#problems-solved").text()).contains("<b onclick=alert(1)>bold</b>", "{0} <%= 7*7 %>");
		assertThat(page.select("#customer-references").text()).contains("=HYPERLINK(");
		assertThat(page.title()).isEqualTo(name + " · Pilotbridge");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(name);
	}

	/** A solution of a new company, submitted and approved: in the catalogue. */
	private Published publish(String name, boolean withPicture) {
		var agency = bidding.agency();
		var company = bidding.company(agency, Language.ENGLISH);
		var run = word();
		var fullName = name + " " + run;
		SolutionId id = bidding.as(company.owner(), company.id(), () -> {
			var created = solutions.create(company.id(), SolutionProfile.builder()
				.name(fullName)
				.pitch("Ultrasonic sensors tell your crews which street bins are full, so rounds skip the empty ones.")
				.description(
						"Each sensor clips under the **lid** of any street bin and reports its fill level every hour. "
								+ "Tag " + run + ".")
				.problemsSolved("Half-empty bins emptied on fixed rounds; overflowing bins on market days.")
				.customerReferences("Used in two Flemish towns since 2024.")
				.cpvCodes(List.of("72000000-5"))
				.trl(8)
				.languages(List.of(Language.ENGLISH, Language.DUTCH))
				.website("https://binsensors.example/product")
				.build());
			if (withPicture) {
				solutions.addImage(created, "bins.png", new ByteArrayInputStream(png()));
			}
			solutions.submit(created);
			return created;
		});
		bidding.as(agency.admin(), null,
				() -> screening.approve(id,
						screening.pending()
							.stream()
							.filter(pending -> pending.id().equals(id))
							.findFirst()
							.orElseThrow()
							.version()));
		var solution = query.byReference(reference(id, company)).orElseThrow();
		return new Published(solution, company.name(), company.id(), company.owner(), company.ownerEmail(), run);
	}

	private String reference(SolutionId id, TestBidding.Company company) {
		return bidding.as(company.owner(), company.id(), () -> query.managed(id).reference());
	}

	/**
	 * A word of letters no other test uses, which the full-text search reads as one word.
	 */
	private static String word() {
		var letters = new StringBuilder("tag");
		UUID.randomUUID()
			.toString()
			.chars()
			.filter(Character::isLetterOrDigit)
			.limit(10)
			.forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
		return letters.toString();
	}

	private static byte[] png() {
		var image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(26, 77, 143));
		graphics.fillRect(0, 0, 320, 240);
		graphics.dispose();
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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

	private record Published(PublicSolution solution, String company, org.pilotbridge.identity.OrganisationId companyId,
			org.pilotbridge.identity.PersonId owner, String ownerEmail, String run) {
	}

}
