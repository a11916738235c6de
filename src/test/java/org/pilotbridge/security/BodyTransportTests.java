package org.pilotbridge.security;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix's dimension of what carries a body: every address that takes one
 * (each {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} and {@code ANY} line of
 * {@link AccessMatrix#ADDRESSES}, the forms and endpoints of Spring Security and the
 * built-in provider, Vaadin's messages, heartbeat and uploads, and the read-only public
 * data) is sent a body larger than anything it accepts, raw or multipart, with its length
 * or in chunks; each is refused the same way: {@code 413} and the same translated
 * problem, naming the limit.
 */
@BodyLimitsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyTransportTests {

	/** More than the largest limit, an upload's. */
	private static final long OVERSIZED = 12L << 20;

	private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE", "ANY");

	/**
	 * Addresses that take a body and are no Spring MVC mapping, so not lines of the
	 * matrix. {@code
	 * <upload>}, {@code <uidl>} and {@code <heartbeat>} are the addresses of a solution
	 * editor opened by a company's owner.
	 */
	private static final List<String> OTHER_BODY_ADDRESSES = List.of("POST /account/login", "POST /logout",
			"POST /oauth2/token", "POST /oauth2/introspect", "POST /oauth2/revoke", "POST /userinfo",
			"POST /connect/logout", "POST /", "POST /api/challenges", "POST /feeds/challenges.atom", "POST <upload>",
			"POST <uidl>", "POST <heartbeat>");

	private static final String BOUNDARY = "transport-boundary";

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestBidding bidding;

	@Autowired
	SolutionManagement solutions;

	private WebClient.@Nullable Ui editor;

	private @Nullable WebClient client;

	/** How a body travels. */
	enum Transport {

		RAW_WITH_ITS_LENGTH, MULTIPART_WITH_ITS_LENGTH, RAW_IN_CHUNKS, MULTIPART_IN_CHUNKS;

		boolean multipart() {
			return this == MULTIPART_WITH_ITS_LENGTH || this == MULTIPART_IN_CHUNKS;
		}

		boolean inChunks() {
			return this == RAW_IN_CHUNKS || this == MULTIPART_IN_CHUNKS;
		}

	}

	static Stream<Arguments> bodies() {
		var addresses = new ArrayList<String[]>();
		AccessMatrix.ADDRESSES.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(line -> line.split("\\s+"))
			.filter(columns -> BODY_METHODS.contains(columns[0]))
			.forEach(columns -> addresses
				.add(new String[] { columns[0].equals("ANY") ? "POST" : columns[0], columns[2] }));
		OTHER_BODY_ADDRESSES.forEach(line -> addresses.add(line.split(" ")));
		return addresses.stream()
			.flatMap(address -> Stream.of(Transport.values())
				.map(transport -> Arguments.of(address[0], address[1], transport)));
	}

	@Test
	void triesEveryAddressOfTheMatrixThatTakesABody() {
		assertThat(bodies().map(arguments -> (String) arguments.get()[1])).contains("/account/register",
				"/account/forgot-password", "/account/reset-password", "/error", "<upload>");
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("bodies")
	void refusesAnOversizedBodyTheSameWayWhateverCarriesIt(String method, String address, Transport transport) {
		var client = client();
		var target = resolve(address);
		var upload = address.equals("<upload>");
		var type = transport.multipart() ? "multipart/form-data; boundary=" + BOUNDARY
				: upload ? "application/pdf" : "application/octet-stream";
		int status;
		String contentType;
		String body;
		if (transport.inChunks()) {
			var prefix = transport.multipart()
					? ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n"
							+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")
					: "%PDF-1.7\n";
			var request = client.request(target)
				.header("Content-Type", type)
				.header("X-Filename", "plan.pdf")
				.header("Accept-Language", "fr")
				.method(method,
						HttpRequest.BodyPublishers.ofInputStream(
								() -> new WebClient.LazyBody(prefix.getBytes(StandardCharsets.US_ASCII), OVERSIZED)))
				.build();
			var response = sendWhileTheServerRefuses(client, request);
			status = response.statusCode();
			contentType = response.headers().firstValue("Content-Type").orElse("");
			body = response.body();
		}
		else {
			var response = client.announce(method, target, OVERSIZED,
					List.of("Content-Type: " + type, "X-Filename: plan.pdf", "Accept-Language: fr"));
			status = response.status();
			contentType = response.header("Content-Type");
			body = response.body();
		}

		assertThat(status).as("%s %s %s", method, address, transport).isEqualTo(413);
		assertThat(contentType).startsWith("application/problem+json");
		var problem = json.readTree(body);
		assertThat(problem.path("title").asString()).isEqualTo("Trop volumineux");
		assertThat(problem.path("detail").asString())
			.matches("L’envoi dépasse \\d+(,\\d)? (Mo|ko), le maximum accepté ici\\..*");
	}

	private String resolve(String address) {
		var ui = editor();
		return switch (address) {
			case "<upload>" -> ui.uploadAddress("solution-brochure-upload");
			case "<uidl>" -> ui.uidlAddress();
			case "<heartbeat>" -> "/?v-r=heartbeat&v-uiId=" + ui.id();
			// The limit applies before anything looks for the object an address names.
			default -> address.replaceAll("<[^>]+>", "unknown");
		};
	}

	private WebClient client() {
		if (client == null) {
			var company = bidding.unverifiedCompany(Language.FRENCH);
			var solution = bidding.as(company.owner(), company.id(),
					() -> solutions.create(company.id(), SecurityScenario.profile("Bin sensors")));
			client = new WebClient(port).signIn(company.ownerEmail(), TestIdentities.PASSWORD);
			editor = client.open("company/solutions/" + solution.id() + "/edit");
		}
		return client;
	}

	private WebClient.Ui editor() {
		client();
		return editor;
	}

	/**
	 * Sends a body in chunks to a server that answers before reading it and then closes
	 * the connection (after swallowing at most {@code server.tomcat.max-swallow-size}).
	 * The answer is on the wire first, but a client still sending may see the connection
	 * reset before it has read it: then it has received nothing, and sends again, as a
	 * person clicking again would. Three times without an answer is a server that does
	 * not answer.
	 */
	private static java.net.http.HttpResponse<String> sendWhileTheServerRefuses(WebClient client, HttpRequest request) {
		for (int attempt = 1;; attempt++) {
			try {
				return client.send(request);
			}
			catch (java.io.UncheckedIOException reset) {
				if (attempt == 3) {
					throw reset;
				}
			}
		}
	}

}
