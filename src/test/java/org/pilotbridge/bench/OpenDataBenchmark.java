package org.pilotbridge.bench;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.test.TestIdentities;

import static org.awaitility.Awaitility.await;

/**
 * Not a test (surefire runs {@code *Tests}, failsafe {@code *IT}): measures the open-data
 * endpoints over HTTP with 10,000 published challenges, side by side with
 * {@code /actuator/health/liveness}, the ceiling of the web stack on the same machine in
 * the same run. The endpoints take turns in short slices, several rounds, so that a
 * change of load on the machine hits all of them alike. Closed-loop clients on the same
 * machine; the rate limit is off.
 * <p>
 * Run it with (figures go to {@code target/benchmarks/opendata.md}):
 *
 * <pre>
 * ./mvnw test -Dtest=OpenDataBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * System properties: {@code bench.challenges} (10000), {@code bench.seed-workers} (4),
 * {@code bench.clients} (8), {@code bench.slice-seconds} (10), {@code bench.rounds} (3),
 * {@code bench.query} (energy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotbridge.opendata.rate-limit.enabled=false", "logging.level.org.pilotbridge=WARN" })
class OpenDataBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	TestIdentities identities;

	@Autowired
	RunAs runAs;

	@Autowired
	ChallengeManagement management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newBuilder()
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void measuresTheOpenDataEndpointsAgainstTheCeilingOfTheWebStack() throws Exception {
		var challenges = Integer.getInteger("bench.challenges", 10_000);
		var workers = Integer.getInteger("bench.seed-workers", 4);
		var clients = Integer.getInteger("bench.clients", 8);
		var slice = Duration.ofSeconds(Long.getLong("bench.slice-seconds", 10));
		var rounds = Integer.getInteger("bench.rounds", 3);
		var query = System.getProperty("bench.query", "energy");
		var loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();

		var seeding = System.nanoTime();
		new ChallengeSeeder(identities, runAs, management, clock).seed(challenges, workers);
		var published = Duration.ofNanos(System.nanoTime() - seeding);
		await().atMost(Duration.ofMinutes(60))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> jdbc.sql("SELECT count(*) FROM ocds_release").query(Long.class).single() >= challenges);
		var released = Duration.ofNanos(System.nanoTime() - seeding);

		var endpoints = new LinkedHashMap<String, String>();
		endpoints.put("liveness", "/actuator/health/liveness");
		endpoints.put("search", "/api/challenges?q=" + query);
		endpoints.put("releases", "/api/ocds/releases");
		var results = new LinkedHashMap<String, Result>();
		endpoints.forEach((name, path) -> {
			results.put(name, new Result());
			run(path, clients, Duration.ofSeconds(5), new Result());
		});
		for (var round = 0; round < rounds; round++) {
			for (var endpoint : endpoints.entrySet()) {
				run(endpoint.getValue(), clients, slice, results.get(endpoint.getKey()));
			}
		}
		var loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
		report(challenges, workers, clients, slice, rounds, endpoints, results, published, released, loadBefore,
				loadAfter);
	}

	/**
	 * Closed loop: each client sends the next request when the previous one is answered.
	 */
	private void run(String path, int clients, Duration duration, Result result) {
		var uri = URI.create("http://localhost:" + port + path);
		var end = System.nanoTime() + duration.toNanos();
		var start = System.nanoTime();
		try (var pool = Executors.newFixedThreadPool(clients)) {
			for (var client = 0; client < clients; client++) {
				pool.submit(() -> {
					var request = HttpRequest.newBuilder(uri).GET().build();
					while (System.nanoTime() < end) {
						var sent = System.nanoTime();
						try {
							var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
							if (response.statusCode() != 200) {
								result.errors.incrementAndGet();
							}
							result.bytes.addAndGet(response.body().length);
						}
						catch (Exception e) {
							result.errors.incrementAndGet();
						}
						result.latencies.add(System.nanoTime() - sent);
					}
					return null;
				});
			}
		}
		result.elapsed.addAndGet(System.nanoTime() - start);
	}

	private void report(int challenges, int workers, int clients, Duration slice, int rounds,
			Map<String, String> endpoints, Map<String, Result> results, Duration published, Duration released,
			String loadBefore, String loadAfter) throws Exception {
		var ceiling = results.get("liveness");
		var lines = new ArrayList<String>();
		lines.add(
				"Seeded %,d challenges through the services with %d workers in %s (all OCDS releases written after %s)."
					.formatted(challenges, workers, minutes(published), minutes(released)));
		lines.add(
				"%d closed-loop clients, %d rounds of %d s per endpoint, taking turns; load average before %s, after %s."
					.formatted(clients, rounds, slice.toSeconds(), loadBefore, loadAfter));
		lines.add("");
		lines.add(
				"| endpoint | requests | throughput (req/s) | median (ms) | p99 (ms) | mean size (bytes) | errors | throughput / liveness | p99 / liveness |");
		lines.add("|---|---|---|---|---|---|---|---|---|");
		results.forEach((name,
				result) -> lines.add("| `%s` | %,d | %.0f | %.1f | %.1f | %,d | %d | %.2f | %.1f |".formatted(
						endpoints.get(name), result.count(), result.throughput(), result.percentile(50),
						result.percentile(99), result.meanBytes(), result.errors.get(),
						result.throughput() / ceiling.throughput(), result.percentile(99) / ceiling.percentile(99))));
		var text = String.join("\n", lines) + "\n";
		var file = Path.of("target/benchmarks/opendata.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		System.out.println(text);
	}

	private static String minutes(Duration duration) {
		return "%d min %02d s".formatted(duration.toMinutes(), duration.toSecondsPart());
	}

	private static final class Result {

		final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

		final AtomicLong errors = new AtomicLong();

		final AtomicLong bytes = new AtomicLong();

		final AtomicLong elapsed = new AtomicLong();

		long count() {
			return latencies.size();
		}

		double throughput() {
			return count() / (elapsed.get() / 1e9);
		}

		long meanBytes() {
			return count() == 0 ? 0 : bytes.get() / count();
		}

		double percentile(double percentile) {
			var sorted = latencies.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(sorted);
			if (sorted.length == 0) {
				return Double.NaN;
			}
			var index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
			return sorted[Math.max(0, index)] / 1e6;
		}

	}

}
