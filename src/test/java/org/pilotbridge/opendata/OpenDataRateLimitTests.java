package org.pilotbridge.opendata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each client gets a fair share: here 3 requests a minute, refilled one every 20 seconds.
 * Past it, every public data address answers {@code 429} with {@code Retry-After} and a
 * problem description, until the bucket refills.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotbridge.opendata.rate-limit.requests=3", "pilotbridge.opendata.rate-limit.period=PT1M" })
@Import(MutableClockConfiguration.class)
class OpenDataRateLimitTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void answersTooManyRequestsWithRetryAfterOnceTheShareIsUsed() throws Exception {
		assertThat(get("/api/challenges").headers().firstValue("X-RateLimit-Remaining")).contains("2");
		assertThat(get("/api/ocds/releases").statusCode()).isEqualTo(200);
		assertThat(get("/sitemap.xml").statusCode()).isEqualTo(200);

		var refused = get("/api/challenges", "Accept-Language", "de");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).contains("20");
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Cache-Control")).contains("no-store");
		var problem = JsonMapper.builder().build().readTree(refused.body());
		assertThat(problem.path("status").asInt()).isEqualTo(429);
		assertThat(problem.path("title").asString()).isEqualTo("Zu viele Anfragen");
		assertThat(problem.path("detail").asString()).contains("3 Anfragen alle 60 Sekunden", "in 20 Sekunden");
		assertThat(get("/feeds/challenges.atom").statusCode()).isEqualTo(429);
		assertThat(get("/actuator/health/liveness").statusCode()).as("the rest of the application").isEqualTo(200);

		clock.advance(Duration.ofSeconds(20));
		assertThat(get("/api/challenges").statusCode()).isEqualTo(200);
		assertThat(get("/api/challenges").statusCode()).isEqualTo(429);
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
