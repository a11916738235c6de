package org.pilotbridge.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.BrowserTest;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drill of a database outage: PostgreSQL stops for 30 seconds while people use the
 * site. A person who acts meanwhile is told that the service is briefly unavailable and
 * nothing is saved; a page opened meanwhile says so (503); the API answers {@code 503}
 * with {@code Retry-After} in the client's language; nothing is half-written; and once
 * PostgreSQL is back the application serves again by itself, with no restart, and what
 * was acknowledged before the outage is all there.
 * <p>
 * The application uses the database as an external one (its own PostgreSQL, which the
 * test stops and starts again on the same port and data directory), as in production.
 */
@Import(TestBidding.class)
class DatabaseOutageIT extends BrowserTest {

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	private static final Path DATA = temporaryDirectory();

	private static final int PORT = freePort();

	private static EmbeddedPostgres database = startDatabase();

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
		properties.add("spring.datasource.username", () -> "postgres");
		// A listener cut off by the outage leaves its publication in progress; production
		// declares it stale after ten minutes (listeners can be slow), the drill after a
		// few seconds.
		properties.add("spring.modulith.events.staleness.processing", () -> "PT5S");
		properties.add("spring.modulith.events.staleness.check-interval", () -> "PT2S");
		properties.add("pilotbridge.events.recovery-interval", () -> "PT2S");
		properties.add("pilotbridge.events.recovery-initial-delay", () -> "PT2S");
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		database.close();
		FileSystemUtils.deleteRecursively(DATA);
	}

	@Autowired
	TestBidding bidding;

	@Autowired
	ProposalManagement proposals;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anOutageIsExplainedChangesNothingAndHealsWithoutARestart() throws Exception {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency);
		var company = bidding.company(agency, Language.ENGLISH);
		var proposal = bidding.proposal(company.owner(), company.id(), challenge, bidding.complete(challenge));
		signIn(company.ownerEmail());
		open("/challenges/" + challenge.reference());
		waitForText("#follow", "Follow this challenge");
		// Acknowledged just before the outage: the submission and, sooner or later, its
		// receipt.
		bidding.as(company.owner(), company.id(), () -> proposals.submit(proposal));
		var versionsBefore = count("proposal_version");
		var auditBefore = count("audit_entry");

		database.close();
		var stopped = Instant.now();

		click("#follow");
		// The pool waits up to its connection timeout (10 s) once or twice before the
		// action fails.
		waitForTextContaining("h1", "The service is briefly unavailable", Duration.ofSeconds(90));
		assertThat($("main").getText()).contains("Nothing was changed.");
		var api = get("/api/challenges", "fr");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(api.body()).contains("La base de données est injoignable");
		open("/challenges");
		waitForText("h1", "The service is briefly unavailable");
		// All through the outage, clear answers and never an error of the server.
		await().atMost(OUTAGE.multipliedBy(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(get("/api/challenges", "en").statusCode()).isEqualTo(503);
			assertThat(Duration.between(stopped, Instant.now())).isGreaterThanOrEqualTo(OUTAGE);
		});

		database = startDatabase();
		await().atMost(Duration.ofMinutes(2)).until(() -> get("/api/challenges", "en").statusCode() == 200);

		assertThat(count("challenge_follow")).isZero();
		assertThat(count("proposal_version")).isEqualTo(versionsBefore);
		assertThat(count("audit_entry")).isGreaterThanOrEqualTo(auditBefore);
		var receipt = "Receipt of your proposal for %s (version 1)".formatted(challenge.reference());
		await().atMost(Duration.ofMinutes(2))
			.until(() -> TestMail.to(company.ownerEmail())
				.stream()
				.anyMatch(mail -> TestMail.subject(mail).equals(receipt)));
		await().until(() -> jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE status = 'PENDING'")
			.query(Long.class)
			.single() == 0);
		assertThat(TestMail.to(company.ownerEmail())).filteredOn(mail -> TestMail.subject(mail).equals(receipt))
			.hasSize(1);

		open("/challenges/" + challenge.reference());
		click("#follow");
		waitForText("#follow", "Stop following");
		assertThat(count("challenge_follow")).isOne();
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private HttpResponse<String> get(String path, String language) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Accept-Language", language)
			.timeout(Duration.ofSeconds(30))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * PostgreSQL on a fixed port and data directory, so that it comes back where the
	 * application left it.
	 */
	private static EmbeddedPostgres startDatabase() {
		try {
			return EmbeddedPostgres.builder()
				.setPort(PORT)
				.setDataDirectory(DATA)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("timezone", "UTC")
				.start();
		}
		catch (IOException e) {
			throw new IllegalStateException("PostgreSQL did not start", e);
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("pilotbridge-outage");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
