package org.pilotbridge.shared.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;

import org.pilotbridge.identity.RunAs;
import org.pilotbridge.identity.internal.SecurityHeaders;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site's foundation, as a client without a browser gets it: the whole page in
 * the first response, in the language of the address with its alternates, no session for
 * a visitor (not even on an unknown address), cacheable by anyone with revalidation, and
 * a signed-in person's page with their account menu that no shared cache keeps. Vaadin
 * still gets its own requests.
 */
@PublicSiteTest
class PublicSiteTests {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	CacheManager caches;

	@Autowired
	TestIdentities identities;

	@Autowired
	RunAs runAs;

	WebClient visitor;

	@BeforeEach
	void aVisitor() {
		visitor = WebClient.visitor(base());
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void servesTheHomePageInTheLanguageOfItsAddressWithItsAlternates(Language language) {
		var response = visitor.get(PublicPaths.of(language, "/"));

		assertThat(response.statusCode()).isEqualTo(200);
		var html = WebClient.html(response);
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo(language.code());
		assertThat(html.select("main h1").text()).isEqualTo(text("home.heading", language));
		assertThat(html.select("main").text()).contains(text("home.step.propose.title", language));
		assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(base() + PublicPaths.of(language, "/"));
		assertThat(html.select("link[rel=alternate]"))
			.extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
			.containsExactly("en " + base() + "/", "fr " + base() + "/fr", "nl " + base() + "/nl",
					"de " + base() + "/de", "x-default " + base() + "/");
		assertThat(html.select("header nav.languages a[aria-current=true]").text()).isEqualTo(language.nativeName());
		assertThat(response.headers().firstValue("Content-Language"))
			.as("the language and, for English, its British dates")
			.hasValue(language.locale().toLanguageTag());
		assertThat(response.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();
		assertThat(response.headers().firstValue("Vary").orElse("")).doesNotContainIgnoringCase("cookie");
	}

	@Test
	void servesTheAccessibilityStatementWholeInItsMainElement() {
		var response = visitor.get("/nl/accessibility");

		assertThat(response.statusCode()).isEqualTo(200);
		var main = WebClient.html(response).selectFirst("main");
		assertThat(main.select("h1").text()).isEqualTo(text("accessibility.title", Language.DUTCH));
		assertThat(main.text()).contains(text("accessibility.enforcement.text", Language.DUTCH),
				"contact@pilotbridge.example");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void letsAnyoneCacheAVisitorsPageAndRevalidateIt() {
		var first = visitor.get("/");

		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=60, stale-while-revalidate=30");
		var etag = first.headers().firstValue("ETag").orElseThrow();
		var again = visitor.get("/", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(visitor.get("/fr", "If-None-Match", etag).statusCode()).as("another language, another page")
			.isEqualTo(200);
	}

	@Test
	void givesAKeptPageTheEntityTagOfThePageRenderedAfreshAndRevalidatesItWithItsCachingHeaders() {
		caches.getCache(RenderedPages.CACHE).clear();
		var rendered = visitor.get("/nl/accessibility");
		var etag = rendered.headers().firstValue("ETag").orElseThrow();

		var kept = visitor.get("/nl/accessibility");
		var revalidated = visitor.get("/nl/accessibility", "If-None-Match", "\"0000\", " + etag);

		assertThat(kept.body()).isEqualTo(rendered.body());
		assertThat(kept.headers().firstValue("ETag")).hasValue(etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
		assertThat(revalidated.headers().firstValue("Cache-Control").orElse("")).startsWith("public, max-age=");
		assertThat(revalidated.headers().firstValue("Content-Security-Policy"))
			.hasValue(SecurityHeaders.PUBLIC_SITE_POLICY);
		assertThat(visitor.get("/nl/accessibility", "If-None-Match", "W/\"0000\"").statusCode())
			.as("another entity tag")
			.isEqualTo(200);
	}

	@Test
	void protectsThePagesWithAStrictPolicyAndTheUsualHeaders() {
		var headers = visitor.get("/de/accessibility").headers();

		assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.PUBLIC_SITE_POLICY);
		assertThat(SecurityHeaders.PUBLIC_SITE_POLICY).contains("script-src 'self'").doesNotContain("unsafe");
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/fr/no-such-page", "/nl/challenges/nothing/here", "/de/de",
			"/%6Eo-such-page", "/NO-SUCH-PAGE", "/accessibility/", "/images/none.svg", "/fr/welcome",
			"/welcome/nowhere", "/index.html", "/favicon.ico" })
	void answersAnUnknownAddressWithANotFoundPageInItsLanguageAndNoSession(String address) {
		var response = visitor.get(address, "Accept", "text/html");

		assertThat(response.statusCode()).as(address).isEqualTo(404);
		assertThat(response.headers().allValues("Set-Cookie")).as("no session for %s", address).isEmpty();
		var language = PublicPaths.languageOf(address);
		var html = WebClient.html(response);
		assertThat(html.select("main h1").text()).as(address).isEqualTo(text("not-found.heading", language));
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo(language.code());
		assertThat(html.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValue(SecurityHeaders.PUBLIC_SITE_POLICY);
	}

	@Test
	void createsNoSessionForTheOpenDataOrTheStaticFiles() {
		for (var address : List.of("/api/challenges", "/feeds/challenges.atom", "/sitemap.xml", "/robots.txt",
				"/styles/public.css", "/scripts/public.js", "/images/logo.svg")) {
			var response = visitor.get(address);
			assertThat(response.statusCode()).as(address).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as("no session for %s", address).isEmpty();
		}
	}

	@Test
	void letsVaadinServeTheWorkspace() {
		var welcome = visitor.get("/welcome");
		assertThat(welcome.statusCode()).as("a view that needs a signed-in person").isEqualTo(302);
		assertThat(welcome.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).containsAnyOf("/sign-in", "/oauth2/authorization/"));

		var signIn = visitor.get("/sign-in");
		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.body()).as("Vaadin's page").contains("window.Vaadin");
		var client = WebClient.html(signIn).select("script[src*=VAADIN/]").attr("src");
		assertThat(client).as("Vaadin's client").isNotBlank();
		var script = visitor.get("/" + client.replaceFirst("^\\./", ""));
		assertThat(script.statusCode()).as("Vaadin's file %s", client).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).contains("javascript"));

		var heartbeat = visitor.get("/?v-r=heartbeat");
		assertThat(heartbeat.statusCode()).as("Vaadin's protocol, not the home page").isNotEqualTo(200);
	}

	@Test
	void showsASignedInPersonTheirAccountMenuAndKeepsThePageOutOfSharedCaches() {
		var email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		runAs.system(() -> identities.personWithEmail("Rita Reader", email));

		var signedIn = WebClient.signedIn(base(), email, "/fr/accessibility");

		var landing = signedIn.landing();
		assertThat(landing.uri().getPath()).as("back on the page they signed in from").isEqualTo("/fr/accessibility");
		var html = WebClient.html(landing);
		assertThat(html.select("#account-menu summary").text()).contains("Rita Reader");
		assertThat(html.select("#sign-in")).isEmpty();
		assertThat(html.select("#account-menu a").eachAttr("href")).contains("/welcome");
		assertThat(landing.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(landing.headers().firstValue("ETag")).isEmpty();
		assertThat(html.select("main h1").text()).isEqualTo(text("accessibility.title", Language.FRENCH));

		var missing = signedIn.client().get("/fr/nowhere", "Accept", "text/html");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(WebClient.html(missing).select("#account-menu summary").text()).contains("Rita Reader");
		assertThat(missing.headers().firstValue("Cache-Control")).hasValue("private, no-store");

		var token = html.select("#account-menu form input[name=_csrf]").attr("value");
		assertThat(token).as("the sign-out form carries the session's token").isNotBlank();
		signedIn.client().post("/logout", java.util.Map.of("_csrf", token));
		var after = signedIn.client().get("/fr/accessibility");
		assertThat(WebClient.html(after).select("#sign-in")).as("signed out").hasSize(1);
		assertThat(after.headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=60, stale-while-revalidate=30");
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private String text(String key, Language language) {
		return messages.getMessage(key, null, language.locale());
	}

}
