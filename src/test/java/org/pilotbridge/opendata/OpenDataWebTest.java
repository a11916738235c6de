package org.pilotbridge.opendata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a random port with the open-data test configuration; every test
 * class that extends this shares one application context, one database and one set of
 * challenges in every state. Requests go over real HTTP, through every filter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OpenDataTestConfiguration.class)
abstract class OpenDataWebTest {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	OpenDataScenarios scenarios;

	URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + port + pathAndQuery);
	}

	/** A GET request with headers given as name, value, name, value… */
	HttpResponse<String> get(String pathAndQuery, String... headers) {
		var request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The body of a successful GET, whatever its type. */
	String body(String pathAndQuery) {
		var response = get(pathAndQuery);
		assertThat(response.statusCode()).as("status of GET %s: %s", pathAndQuery, response.body()).isEqualTo(200);
		return response.body();
	}

	JsonNode json(String pathAndQuery) {
		return json.readTree(body(pathAndQuery));
	}

	/** A path relative to the server, from an absolute link the application gave. */
	String path(String absoluteLink) {
		var link = URI.create(absoluteLink);
		return link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
	}

}
