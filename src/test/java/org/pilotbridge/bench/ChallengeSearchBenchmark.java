package org.pilotbridge.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeSearch;
import org.pilotbridge.challenge.PublicStatus;
import org.pilotbridge.challenge.SearchCriteria;
import org.pilotbridge.challenge.SearchCriteria.SortOrder;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.test.TestIdentities;

/**
 * Not a test (surefire runs {@code *Tests}, failsafe {@code *IT}): the latency of
 * searching and filtering 10,000 published challenges, once by calling
 * {@link ChallengeSearch} and once through HTTP ({@code /api/challenges}, which calls
 * it), one request at a time, so that the figures are the latency a visitor sees on an
 * idle node rather than under load (see {@link OpenDataBenchmark}).
 * <p>
 * Run it with (figures go to {@code target/benchmarks/search.md}):
 *
 * <pre>
 * ./mvnw test -Dtest=ChallengeSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * System properties: {@code bench.challenges} (10000), {@code bench.seed-workers} (4),
 * {@code bench.samples} (300 per search and path).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotbridge.opendata.rate-limit.enabled=false", "logging.level.org.pilotbridge=WARN" })
class ChallengeSearchBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	TestIdentities identities;

	@Autowired
	RunAs runAs;

	@Autowired
	ChallengeManagement management;

	@Autowired
	ChallengeSearch search;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * The searches a visitor makes on the public list, as criteria and as the API's query
	 * string.
	 */
	private record Search(String name, SearchCriteria criteria, String query) {
	}

	@Test
	void measuresSearchAndFilterLatencyAtTheServiceAndThroughHttp() throws Exception {
		var challenges = Integer.getInteger("bench.challenges", 10_000);
		var workers = Integer.getInteger("bench.seed-workers", 4);
		var samples = Integer.getInteger("bench.samples", 300);
		var seeding = System.nanoTime();
		new ChallengeSeeder(identities, runAs, management, clock).seed(challenges, workers);
		var seeded = Duration.ofNanos(System.nanoTime() - seeding);

		var searches = List.of(
				new Search("all open, newest first", SearchCriteria.all().withStatus(PublicStatus.OPEN), "status=OPEN"),
				new Search("one word", SearchCriteria.text("energy"), "q=energy"),
				new Search("two words", SearchCriteria.text("water villages"), "q=water%20villages"),
				new Search("CPV division", SearchCriteria.all().withCpvDivision("72"), "cpvDivision=72"),
				new Search("budget range, by deadline",
						SearchCriteria.all()
							.withBudget(new BigDecimal("10000"), new BigDecimal("20000"))
							.sortedBy(SortOrder.DEADLINE),
						"budgetMin=10000&budgetMax=20000&sort=DEADLINE"),
				new Search("word + CPV + budget, by budget",
						SearchCriteria.text("school")
							.withCpvDivision("48")
							.withBudget(null, new BigDecimal("25000"))
							.sortedBy(SortOrder.BUDGET),
						"q=school&cpvDivision=48&budgetMax=25000&sort=BUDGET"),
				new Search("page 50 of all", SearchCriteria.all(), "page=50"));

		var lines = new ArrayList<String>();
		lines.add("Seeded %,d challenges through the services with %d workers in %d min %02d s; load average %s."
			.formatted(challenges, workers, seeded.toMinutes(), seeded.toSecondsPart(), loadAverage()));
		lines.add("%d sequential samples per search and path, after %d of warm-up.".formatted(samples, samples / 3));
		lines.add("");
		lines.add("| search | matches | service median (ms) | service p99 (ms) | HTTP median (ms) | HTTP p99 (ms) |");
		lines.add("|---|---|---|---|---|---|");
		for (var s : searches) {
			var page = s.name().startsWith("page") ? 50 * 20 : 0;
			LongSupplier service = () -> search.search(s.criteria(), page, 20).total();
			var uri = URI.create("http://localhost:" + port + "/api/challenges?" + s.query());
			LongSupplier overHttp = () -> get(uri);
			var matches = service.getAsLong();
			measure(service, samples / 3);
			measure(overHttp, samples / 3);
			var atService = measure(service, samples);
			var atHttp = measure(overHttp, samples);
			lines.add("| %s | %,d | %.1f | %.1f | %.1f | %.1f |".formatted(s.name(), matches, percentile(atService, 50),
					percentile(atService, 99), percentile(atHttp, 50), percentile(atHttp, 99)));
		}
		lines.add("");
		lines.add("Load average after: " + loadAverage() + ".");
		var text = String.join("\n", lines) + "\n";
		var file = Path.of("target/benchmarks/search.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		System.out.println(text);
	}

	private long get(URI uri) {
		try {
			var response = http.send(HttpRequest.newBuilder(uri).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode());
			}
			return response.body().length;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static long[] measure(LongSupplier call, int samples) {
		var latencies = new long[samples];
		for (var i = 0; i < samples; i++) {
			var start = System.nanoTime();
			call.getAsLong();
			latencies[i] = System.nanoTime() - start;
		}
		Arrays.sort(latencies);
		return latencies;
	}

	private static double percentile(long[] sorted, double percentile) {
		var index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static String loadAverage() throws Exception {
		return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
	}

}
