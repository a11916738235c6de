package org.pilotbridge.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.catalogue.SolutionId;
import org.pilotbridge.catalogue.SolutionManagement;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.challenge.ChallengeDraft;
import org.pilotbridge.challenge.ChallengeManagement;
import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.document.PdfLimits;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.UploadPermits;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Attackers who send bodies larger than anything the application accepts, over real HTTP:
 * the owner of a company that registered itself a minute ago, streaming 600 MB in chunks
 * to the upload of a solution's brochure or picture, declaring 600 MB, posting a huge
 * form to the account pages or a huge message to Vaadin, and more uploads at once than
 * the node takes. Each is refused with a translated explanation and the server reads at
 * most the limit and a little more: what it read is the count of the filter in front of
 * everything ({@code pilotbridge.request.body.read}), and what the client managed to hand
 * over shows the connection was cut off too.
 */
@BodyLimitsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversizedBodyTests {

	private static final long SIX_HUNDRED_MEGABYTES = 600L << 20;

	/**
	 * What may sit in the buffers of the connection and the server after it stops
	 * reading.
	 */
	private static final long CONNECTION_SLACK = 48L << 20;

	private static final byte[] PDF_HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestBidding bidding;

	@Autowired
	SolutionManagement solutions;

	@Autowired
	SolutionQuery solutionQuery;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestIdentities identities;

	@Autowired
	RunAs runAs;

	@Autowired
	ChallengeManagement challenges;

	@Autowired
	ChallengeQuery challengeQuery;

	@Autowired
	UploadPermits permits;

	private TestBidding.Company company;

	private SolutionId solution;

	private WebClient attacker;

	@BeforeAll
	void aSelfRegisteredCompanyWithADraftSolution() {
		company = bidding.unverifiedCompany(Language.ENGLISH);
		solution = bidding.as(company.owner(), company.id(),
				() -> solutions.create(company.id(), SecurityScenario.profile("Bin sensors")));
		attacker = new WebClient(port).signIn(company.ownerEmail(), TestIdentities.PASSWORD);
	}

	@Test
	void cutsOffSixHundredMegabytesStreamedInChunksToABrochureUploadRightAfterTheLimit() {
		var brochure = editor().uploadAddress("solution-brochure-upload");
		var before = read("upload");
		var body = new WebClient.LazyBody(PDF_HEADER, SIX_HUNDRED_MEGABYTES);

		var response = attacker.send(attacker.request(brochure)
			.header("Content-Type", "application/pdf")
			.header("X-Filename", "brochure.pdf")
			.header("Accept-Language", "fr")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		var problem = problem(response.body());
		assertThat(problem.path("title").asString()).isEqualTo("Trop volumineux");
		assertThat(problem.path("detail").asString()).contains("10 Mo");
		assertThat(read("upload") - before).as("bytes the server read")
			.isLessThanOrEqualTo(PdfLimits.DEFAULT.maxBytes() + 1);
		assertThat(body.delivered()).as("bytes the client could hand over before the server closed the connection")
			.isLessThan(PdfLimits.DEFAULT.maxBytes() + CONNECTION_SLACK);
		assertThat(brochure()).isNull();
	}

	@Test
	void cutsOffAPictureUploadAtThePicturesOwnLimit() {
		var pictures = editor().uploadAddress("solution-image-upload");
		var before = read("upload");
		var body = new WebClient.LazyBody(new byte[0], SIX_HUNDRED_MEGABYTES);

		var response = attacker.send(attacker.request(pictures)
			.header("Content-Type", "image/png")
			.header("X-Filename", "bin.png")
			.header("Accept-Language", "nl")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(problem(response.body()).path("detail").asString()).contains("groter dan 5 MB");
		assertThat(read("upload") - before).as("bytes the server read").isLessThanOrEqualTo((5L << 20) + 1);
		assertThat(body.delivered()).isLessThan((5L << 20) + CONNECTION_SLACK);
	}

	@Test
	void cutsOffAnAttachmentOfAChallengeAtTheLimitAndStoresOneWithin() {
		var email = "manager-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		var manager = runAs.system(() -> identities.personWithEmail("Ann Manager", email));
		var agency = identities.agency(manager, "Agency of " + email);
		var draft = bidding.as(manager, agency,
				() -> challenges.createDraft(agency, ChallengeDraft.builder().title("Quieter streets").build()));
		var client = new WebClient(port).signIn(email, TestIdentities.PASSWORD);
		var attachments = client.open("agency/challenges/" + draft.id() + "/edit")
			.uploadAddress("challenge-attachment-upload");
		var before = read("upload");
		var body = new WebClient.LazyBody(PDF_HEADER, SIX_HUNDRED_MEGABYTES);

		var refused = client.send(client.request(attachments)
			.header("Content-Type", "application/pdf")
			.header("X-Filename", "annex.pdf")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
			.build());
		var stored = client.send(client.request(attachments)
			.header("Content-Type", "application/pdf")
			.header("X-Filename", "annex.pdf")
			.POST(HttpRequest.BodyPublishers.ofByteArray(TestPdfs.onePage()))
			.build());

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(problem(refused.body()).path("detail").asString()).contains("larger than 10 MB");
		assertThat(read("upload") - before).as("bytes the server read")
			.isLessThanOrEqualTo(PdfLimits.DEFAULT.maxBytes() + 1 + TestPdfs.onePage().length);
		assertThat(body.delivered()).isLessThan(PdfLimits.DEFAULT.maxBytes() + CONNECTION_SLACK);
		assertThat(stored.statusCode()).isEqualTo(200);
		assertThat(bidding.as(manager, agency, () -> challengeQuery.managed(draft).attachments())).singleElement()
			.satisfies(attachment -> assertThat(attachment.fileName()).isEqualTo("annex.pdf"));
	}

	@Test
	void refusesAnUploadThatDeclaresTooLargeALengthBeforeReadingAByteOfIt() {
		var brochure = editor().uploadAddress("solution-brochure-upload");
		var before = read("upload");

		var response = attacker.announce("POST", brochure, SIX_HUNDRED_MEGABYTES,
				List.of("Content-Type: application/pdf", "X-Filename: brochure.pdf", "Accept-Language: de"));

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("Connection")).isEqualToIgnoringCase("close");
		assertThat(problem(response.body()).path("detail").asString()).contains("größer als 10 MB");
		assertThat(read("upload") - before).as("bytes the server read").isZero();
	}

	@Test
	void refusesAFormTooLargeForTheAccountPagesWhetherItsLengthIsGivenOrItComesInChunks() {
		var before = read("form");
		var visitor = new WebClient(port);
		var form = "displayName=" + "M".repeat(100_000) + "&email=mallory%40test.example&password=long+enough+password";

		var declared = visitor.send(visitor.request("/account/register")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Accept-Language", "fr")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		var rawInChunks = new WebClient.LazyBody(new byte[0], SIX_HUNDRED_MEGABYTES);
		var chunked = visitor.send(visitor.request("/account/register")
			.header("Content-Type", "application/octet-stream")
			.header("Accept-Language", "fr")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> rawInChunks))
			.build());
		var formInChunks = new WebClient.LazyBody("displayName=".getBytes(StandardCharsets.US_ASCII),
				SIX_HUNDRED_MEGABYTES);
		var chunkedForm = visitor.send(visitor.request("/account/register")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> formInChunks))
			.build());

		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(declared.body()).contains("<html lang=\"fr\"", "Trop volumineux", "dépasse 64 ko");
		assertThat(chunked.statusCode()).as("a raw body in chunks, which nothing there would read").isEqualTo(413);
		assertThat(chunkedForm.statusCode()).as("a form in chunks, which the container would parse").isEqualTo(413);
		assertThat(read("form") - before).as("bytes the server read").isLessThanOrEqualTo(2 * ((64L << 10) + 1));
		assertThat(rawInChunks.delivered()).isLessThan(CONNECTION_SLACK);
		assertThat(formInChunks.delivered()).isLessThan(CONNECTION_SLACK);
	}

	@Test
	void refusesAVaadinMessageOverTheLimitWhetherItsLengthIsGivenOrItComesInChunks() {
		var ui = editor();
		var before = read("ui");
		var message = "{\"csrfToken\":\"" + ui.securityKey() + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
				+ "\"event\":\"x\",\"data\":{\"a\":\"" + "a".repeat(2 << 20) + "\"}}],\"syncId\":1,\"clientId\":1}";

		var declared = attacker.send(attacker.request(ui.uidlAddress())
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(message))
			.build());
		var inChunks = new WebClient.LazyBody(message.getBytes(StandardCharsets.US_ASCII), SIX_HUNDRED_MEGABYTES);
		var chunked = attacker.send(attacker.request(ui.uidlAddress())
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("Accept-Language", "nl")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> inChunks))
			.build());

		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(problem(chunked.body()).path("detail").asString()).contains("groter dan 1 MB");
		assertThat(read("ui") - before).as("bytes the server read").isLessThanOrEqualTo((1L << 20) + 1);
		assertThat(inChunks.delivered()).isLessThan((1L << 20) + CONNECTION_SLACK);
		assertThat(editor().uploadAddress("solution-brochure-upload")).as("the session still works").isNotBlank();
	}

	@Test
	void refusesUploadsBeyondThePermitsOfTheNodeOnceTheyHaveWaitedAndTakesThemAgainOnceFree() throws Exception {
		var brochure = editor().uploadAddress("solution-brochure-upload");
		var slow = takeEveryPermit();
		try {
			var crowd = IntStream.range(0, 5)
				.mapToObj(i -> attacker.request(brochure)
					.header("Content-Type", "application/pdf")
					.header("X-Filename", "crowd-" + i + ".pdf")
					.header("Accept-Language", "de")
					.POST(HttpRequest.BodyPublishers.ofByteArray(TestPdfs.onePage()))
					.build())
				.map(request -> CompletableFuture.supplyAsync(() -> attacker.send(request)))
				.toList();

			for (var answer : crowd) {
				var response = answer.get();
				assertThat(response.statusCode()).as("refused once the wait for a permit is over").isEqualTo(503);
				assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
				var problem = problem(response.body());
				assertThat(problem.path("title").asString()).isEqualTo("Ausgelastet");
				assertThat(problem.path("detail").asString()).contains("zu viele Dateien", "in 5 Sekunden erneut");
			}
		}
		finally {
			slow.forEach(OversizedBodyTests::close);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> permits.available() == permits.count());

		var stored = attacker.send(attacker.request(brochure)
			.header("Content-Type", "application/pdf")
			.header("X-Filename", "brochure.pdf")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(TestPdfs.onePage())))
			.build());

		assertThat(stored.statusCode()).isEqualTo(200);
		assertThat(brochure()).isNotNull();
		bidding.as(company.owner(), company.id(), () -> solutions.removeBrochure(solution));
	}

	@Test
	void anUploadArrivingWhileEveryPermitIsTakenWaitsForOneInsteadOfBeingRefused() throws Exception {
		var brochure = editor().uploadAddress("solution-brochure-upload");
		var slow = takeEveryPermit();
		try {
			var waiting = CompletableFuture.supplyAsync(() -> attacker.send(attacker.request(brochure)
				.header("Content-Type", "application/pdf")
				.header("X-Filename", "brochure.pdf")
				.POST(HttpRequest.BodyPublishers.ofByteArray(TestPdfs.onePage()))
				.build()));
			await().atMost(Duration.ofSeconds(30)).until(() -> permits.waiting() == 1);

			// Uploads of one session take their turns: end them all, so that permits are
			// given back.
			slow.forEach(OversizedBodyTests::close);

			assertThat(waiting.get().statusCode()).as("stored once a permit was given back").isEqualTo(200);
			assertThat(brochure()).isNotNull();
		}
		finally {
			slow.forEach(OversizedBodyTests::close);
		}
		bidding.as(company.owner(), company.id(), () -> solutions.removeBrochure(solution));
	}

	@Test
	void readsTheRestOfAnUploadRefusedAsBusySoThatTheClientStillSendingGetsTheAnswer() throws Exception {
		var brochure = editor().uploadAddress("solution-brochure-upload");
		var fourMegabytes = new byte[4 << 20];
		System.arraycopy(PDF_HEADER, 0, fourMegabytes, 0, PDF_HEADER.length);
		var slow = takeEveryPermit();
		try {
			var before = read("upload");

			var response = attacker.send(attacker.request(brochure)
				.header("Content-Type", "application/pdf")
				.header("X-Filename", "plan.pdf")
				.header("Accept-Language", "nl")
				.POST(HttpRequest.BodyPublishers.ofByteArray(fourMegabytes))
				.build());

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(problem(response.body()).path("title").asString()).isEqualTo("Bezet");
			assertThat(read("upload") - before).as("bytes of the refused upload the server read and dropped")
				.isGreaterThanOrEqualTo(fourMegabytes.length);
		}
		finally {
			slow.forEach(OversizedBodyTests::close);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> permits.available() == permits.count());
		assertThat(brochure()).isNull();
	}

	/**
	 * Uploads that begin and never end, one per permit of the node, holding them all:
	 * sent by another person, since uploads within one session take their turns.
	 */
	private List<Socket> takeEveryPermit() {
		var other = bidding.unverifiedCompany(Language.ENGLISH);
		var otherSolution = bidding.as(other.owner(), other.id(),
				() -> solutions.create(other.id(), SecurityScenario.profile("Slow sensors")));
		var squatter = new WebClient(port).signIn(other.ownerEmail(), TestIdentities.PASSWORD);
		var address = squatter.open("company/solutions/" + otherSolution.id() + "/edit")
			.uploadAddress("solution-brochure-upload");
		var slow = new ArrayList<Socket>();
		for (int i = 0; i < permits.count(); i++) {
			slow.add(squatter.begin("POST", address, List.of("Content-Type: application/pdf",
					"X-Filename: slow-" + i + ".pdf", "Content-Length: 1048576"), PDF_HEADER));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> permits.available() == 0);
		return slow;
	}

	private Object brochure() {
		return bidding.as(company.owner(), company.id(), () -> solutionQuery.managed(solution).brochure());
	}

	private WebClient.Ui editor() {
		return attacker.open("company/solutions/" + solution.id() + "/edit");
	}

	private double read(String kind) {
		return meters.get("pilotbridge.request.body.read").tag("kind", kind).counter().count();
	}

	private static JsonNode problem(String body) {
		return json.readTree(body);
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
