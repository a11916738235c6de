package org.pilotbridge.opendata;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.pilotbridge.opendata.OpenDataScenarios.Case;
import org.pilotbridge.opendata.OpenDataScenarios.EveryState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public JSON API: search and read public challenges, problems as RFC 9457 documents,
 * the OpenAPI document, caching, CORS.
 */
class PublicApiTests extends OpenDataWebTest {

	private EveryState every;

	@BeforeEach
	void makeChallengesInEveryState() {
		every = scenarios.everyState();
	}

	@Test
	void listsEveryPublicChallengeButNoDraft() {
		var page = json("/api/challenges?size=100&q=" + every.cast().run());

		assertThat(references(page)).containsExactlyInAnyOrderElementsOf(
				every.published().stream().map(OpenDataScenarios.Made::reference).toList());
		assertThat(page.path("total").asInt()).isEqualTo(8);
		var item = item(page, every.get(Case.PUBLISHED).reference());
		assertThat(item.path("status").asString()).isEqualTo("open");
		assertThat(item.path("state").asString()).isEqualTo("published");
		assertThat(item.at("/agency/id").asString()).isEqualTo(every.cast().agency().toString());
		assertThat(item.at("/budgetCap/amount").decimalValue()).isEqualByComparingTo("25000");
		assertThat(item.path("ocid").asString()).isEqualTo(scenarios.ocid(every.get(Case.PUBLISHED)));
		assertThat(item.path("url").asString()).endsWith("/challenges/" + every.get(Case.PUBLISHED).reference());
		assertThat(json("/api/challenges?q=" + encode("DRAFT SECRET " + every.cast().run())).path("total").asInt())
			.isZero();
	}

	@Test
	void filtersAndSortsLikeThePublicList() {
		var run = "&size=100&q=" + every.cast().run();
		assertThat(references(json("/api/challenges?status=open" + run)))
			.containsExactlyInAnyOrder(every.get(Case.PUBLISHED).reference(), every.get(Case.AMENDED).reference());
		assertThat(references(json("/api/challenges?status=awarded" + run))).containsExactlyInAnyOrder(
				every.get(Case.AWARDED).reference(), every.get(Case.NO_AWARD).reference(),
				every.get(Case.PILOT).reference());
		assertThat(references(json("/api/challenges?cpvDivision=90" + run)))
			.containsExactly(every.get(Case.PUBLISHED).reference());
		assertThat(json("/api/challenges?agency=" + every.cast().otherAgency() + run).path("total").asInt()).isZero();
		assertThat(json("/api/challenges?agency=" + every.cast().agency() + run).path("total").asInt()).isEqualTo(8);
		assertThat(json("/api/challenges?budgetMin=25000.01" + run).path("total").asInt()).isZero();
		assertThat(json("/api/challenges?budgetMax=25000&budgetMin=25000" + run).path("total").asInt()).isEqualTo(8);
		assertThat(json("/api/challenges?language=fr" + run).path("total").asInt()).isZero();

		var byDeadline = json("/api/challenges?sort=deadline" + run).path("items")
			.values()
			.stream()
			.map(item -> item.path("proposalsDeadline").asString())
			.toList();
		assertThat(byDeadline).isSorted();
	}

	@Test
	void pagesWithLinksThatKeepTheSearch() {
		var first = json("/api/challenges?size=3&sort=newest&q=" + every.cast().run());
		assertThat(first.path("items")).hasSize(3);
		assertThat(first.at("/links/prev").isNull()).isTrue();

		var second = json(path(first.at("/links/next").asString()));
		assertThat(second.path("page").asInt()).isEqualTo(1);
		assertThat(second.path("total").asInt()).isEqualTo(8);
		assertThat(references(second)).doesNotContainAnyElementsOf(references(first));
	}

	@Test
	void readsEveryPublicFactOfAChallenge() {
		var published = json("/api/challenges/" + every.get(Case.PUBLISHED).reference());
		assertThat(published.path("criteria").values()).extracting(criterion -> criterion.path("weight").asInt())
			.containsExactly(60, 40);
		assertThat(published.path("answers")).singleElement()
			.satisfies(answer -> assertThat(answer.path("question").asString()).isEqualTo("Can bidders use GPS data?"));
		assertThat(published.path("problemStatementHtml").asString()).contains("<strong>school buses</strong>");
		assertThat(published.at("/links/ocdsRecord").asString())
			.endsWith("/api/ocds/records/" + scenarios.ocid(every.get(Case.PUBLISHED)));
		assertThat(published.at("/cpvCodes/0/code").asString()).isEqualTo("90000000-7");

		var amended = json("/api/challenges/" + every.get(Case.AMENDED).reference());
		assertThat(amended.at("/changeLog/0/reason").asString()).isEqualTo("More time for pilots");
		assertThat(amended.at("/changeLog/0/changedFields/0").asString()).isEqualTo("proposalsDeadline");

		var withdrawn = json("/api/challenges/" + every.get(Case.WITHDRAWN).reference());
		assertThat(withdrawn.path("status").asString()).isEqualTo("withdrawn");
		assertThat(withdrawn.path("withdrawalReason").asString()).isEqualTo("The need has disappeared");

		assertThat(json("/api/challenges/" + every.get(Case.NO_AWARD).reference()).path("state").asString())
			.isEqualTo("no_award");
	}

	@Test
	void answersAnUnknownChallengeWithAProblem() {
		var response = get("/api/challenges/CH-1999-0001", "Accept-Language", "nl");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		var problem = json.readTree(response.body());
		assertThat(problem.path("title").asString()).isEqualTo("Niet gevonden");
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("instance").asString()).isEqualTo("/api/challenges/CH-1999-0001");
	}

	@Test
	void namesEveryWrongParameterInOneProblem() {
		var response = get("/api/challenges?status=bogus&page=-1&deadlineFrom=tomorrow&agency=42&size=1000",
				"Accept-Language", "fr");

		assertThat(response.statusCode()).isEqualTo(400);
		var problem = json.readTree(response.body());
		assertThat(problem.path("title").asString()).isEqualTo("Requête non valide");
		assertThat(problem.path("errors").values()).extracting(error -> error.path("parameter").asString())
			.containsExactlyInAnyOrder("status", "page", "deadlineFrom", "agency", "size");
		assertThat(problem.path("errors").values()).extracting(error -> error.path("detail").asString())
			.contains("« bogus » n’est pas permis. Indiquez l’une de ces valeurs : open, closed, awarded, withdrawn.");

		var tooLong = json.readTree(get("/api/challenges?q=" + "x".repeat(201)).body());
		assertThat(tooLong.at("/errors/0/parameter").asString()).isEqualTo("q");
		var division = json.readTree(get("/api/challenges?cpvDivision=7").body());
		assertThat(division.at("/errors/0/parameter").asString()).isEqualTo("cpvDivision");
	}

	@Test
	void documentsEveryPublicEndpointInTheOpenApiDocument() throws Exception {
		var document = json("/api/docs/openapi.json");

		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.path("paths").propertyNames()).containsExactlyInAnyOrder("/api/challenges",
				"/api/challenges/{reference}", "/api/ocds/releases", "/api/ocds/records/{ocid}",
				"/api/exports/challenges.csv", "/api/exports/awards.csv", "/feeds/challenges.atom", "/sitemap.xml",
				"/robots.txt");
		assertThat(document.at("/paths/~1api~1challenges/get/parameters").values())
			.extracting(parameter -> parameter.path("name").asString())
			.contains("q", "status", "cpvDivision", "agency", "budgetMin", "budgetMax", "deadlineFrom", "deadlineTo",
					"language", "sort", "page", "size");
		assertThat(document.at("/components/schemas/ChallengeDetails/properties").propertyNames())
			.contains("reference", "criteria", "answers", "changeLog")
			.doesNotContain("id");

		var page = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(uri("/api/docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).startsWith("/api/");
		assertThat(page.body()).containsIgnoringCase("swagger");
	}

	@Test
	void letsClientsAndProxiesCacheAndRevalidate() {
		var path = "/api/challenges/" + every.get(Case.CLOSED).reference();
		var first = get(path);

		assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=60");
		assertThat(first.headers().firstValue("Pragma")).isEmpty();
		assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
		var etag = first.headers().firstValue("ETag").orElseThrow();
		var again = get(path, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		for (var other : List.of("/api/ocds/releases", "/api/ocds/records/" + scenarios.ocid(every.get(Case.CLOSED)),
				"/feeds/challenges.atom", "/api/exports/challenges.csv", "/sitemap.xml")) {
			var response = get(other);
			assertThat(response.headers().firstValue("Cache-Control")).as(other).contains("public, max-age=60");
			assertThat(get(other, "If-None-Match", response.headers().firstValue("ETag").orElseThrow()).statusCode())
				.as(other)
				.isEqualTo(304);
		}
	}

	@Test
	void opensCrossOriginReadsToEveryOrigin() {
		for (var path : List.of("/api/challenges", "/api/ocds/releases", "/feeds/challenges.atom")) {
			var preflight = send(HttpRequest.newBuilder(uri(path))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://journalist.example")
				.header("Access-Control-Request-Method", "GET")
				.build());
			assertThat(preflight.statusCode()).as(path).isEqualTo(200);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).as(path)
				.contains("GET");

			var read = get(path, "Origin", "https://journalist.example");
			assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
			assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElse("")).as(path).contains("ETag");
		}
		var write = send(HttpRequest.newBuilder(uri("/api/challenges"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://journalist.example")
			.header("Access-Control-Request-Method", "POST")
			.build());
		assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private static List<String> references(JsonNode page) {
		return page.path("items").values().stream().map(item -> item.path("reference").asString()).toList();
	}

	private static JsonNode item(JsonNode page, String reference) {
		return page.path("items")
			.values()
			.stream()
			.filter(item -> item.path("reference").asString().equals(reference))
			.findFirst()
			.orElseThrow();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
