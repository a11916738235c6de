package org.pilotbridge.bench;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestPdfs;

/**
 * The deadline rush over HTTP: companies submit their proposal for one challenge in its
 * last minute through the application's real submission path, its Vaadin proposal form,
 * each with an HTTP client of its own ({@link VaadinHttpClient}) against the packaged
 * application ({@code java -jar}) on a database prepared for it. Reports, separately, the
 * submissions received in time and accepted, received in time and refused (the goal is
 * none), received late, and lost (the goal is none). Not a test:
 * {@code bench/deadline-rush-http.sh} starts the jar and runs it (see
 * docs/benchmarks.md).
 * <p>
 * Preparation, through the application services on a second node that joins the jar's
 * database and leaves (as {@code DeadlineRushKillIT} does): an agency, a published
 * challenge, and per company an owner, the company (verified), its proposal with the
 * whole content saved and, unless {@code bench.upload-in-rush} is set, its PDF attached.
 * Then every owner signs in through the built-in provider and opens the proposal form, as
 * people have it open at the deadline. Then the challenge's deadline is moved, in the
 * database, to {@code bench.window-seconds} after the start of the rush (the services
 * never bring a deadline forward), and the companies start at evenly spread moments of
 * that window (an open model), each on one of {@code bench.clients} threads: upload the
 * PDF if it is to be uploaded in the rush, then click Submit.
 * <p>
 * A click is received in time when its request was sent before the deadline, by the clock
 * of this machine, which is the server's: the benchmark and the application run on the
 * same machine. The outcome is what the form answered (the receipt, or the translated
 * refusal), checked against the versions stored in the database afterwards. For accepted
 * clicks, the time of receipt the server recorded minus the moment the click was sent
 * shows how long requests waited before the application stamped them (in the web server's
 * queue for a thread).
 */
public final class HttpDeadlineRush {

	private static final String BASE = System.getProperty("bench.base", "http://127.0.0.1:8190");

	private static final String DATABASE = System.getProperty("bench.database", "");

	/**
	 * The embedded database's superuser password, which the jar writes next to its data
	 * (none before 7 December).
	 */
	private static final String DATABASE_PASSWORD = System.getProperty("bench.database-password", "");

	private static final int COMPANIES = intProperty("bench.companies", 1000);

	private static final int WINDOW_SECONDS = intProperty("bench.window-seconds", 60);

	/**
	 * How many companies act at once; 0 (the default) for each its own (virtual) thread,
	 * as each person has their own browser, so that no company waits for the benchmark.
	 */
	private static final int CLIENTS = intProperty("bench.clients", 0);

	/**
	 * How long after the forms are open the rush starts, so that every client thread is
	 * ready.
	 */
	private static final int LEAD_SECONDS = intProperty("bench.lead-seconds", 5);

	private static final boolean UPLOAD_IN_RUSH = Boolean.getBoolean("bench.upload-in-rush");

	private static final List<Integer> FILE_KB = List
		.of(System.getProperty("bench.file-kb", "500,1000,2000,4000").split(","))
		.stream()
		.map(String::strip)
		.map(Integer::parseInt)
		.toList();

	private static final Pattern DIGEST = Pattern.compile("\\b[0-9a-f]{64}\\b");

	private HttpDeadlineRush() {
	}

	public static void main(String[] args) throws Exception {
		if (DATABASE.isBlank()) {
			throw new IllegalArgumentException(
					"Give the JDBC address of the application's database: -Dbench.database=...");
		}
		var texts = Texts.load();
		var preparing = System.nanoTime();
		var prepared = prepare();
		System.out.printf(Locale.ROOT, "Prepared %d companies in %.0f s; PDFs (%s kB each, in turn) uploaded %s%n",
				COMPANIES, (System.nanoTime() - preparing) / 1e9, FILE_KB,
				UPLOAD_IN_RUSH ? "in the rush" : "before the rush");

		var http = VaadinHttpClient.sharedHttpClient();
		var opening = System.nanoTime();
		var people = open(http, prepared);
		System.out.printf(Locale.ROOT, "Signed in and opened %d proposal forms over HTTP in %.0f s%n", people.size(),
				(System.nanoTime() - opening) / 1e9);

		var rushStart = Instant.now().plusSeconds(LEAD_SECONDS);
		var deadline = rushStart.plusSeconds(WINDOW_SECONDS);
		var jdbc = jdbc();
		jdbc.sql("UPDATE challenge SET proposals_deadline = ? WHERE id = ?")
			.params(Timestamp.from(deadline), prepared.challenge())
			.update();
		System.out.printf(Locale.ROOT, "Deadline moved to %s; %d companies arrive over the %d s before it, %s%n",
				deadline, COMPANIES, WINDOW_SECONDS, clients());

		var outcomes = new ConcurrentLinkedQueue<Outcome>();
		try (var clients = CLIENTS > 0 ? Executors.newFixedThreadPool(CLIENTS)
				: Executors.newVirtualThreadPerTaskExecutor();
				var arrivals = Executors.newSingleThreadScheduledExecutor()) {
			var startNanos = System.nanoTime() + Duration.between(Instant.now(), rushStart).toNanos();
			for (int i = 0; i < people.size(); i++) {
				var person = people.get(i);
				var offsetNanos = (long) (WINDOW_SECONDS * 1e9 * i / people.size());
				arrivals.schedule(() -> clients.execute(() -> outcomes.add(rush(person, texts))),
						startNanos + offsetNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
			}
			arrivals.shutdown();
			arrivals.awaitTermination(LEAD_SECONDS + WINDOW_SECONDS + 60L, TimeUnit.SECONDS);
			clients.shutdown();
			clients.awaitTermination(1, TimeUnit.HOURS);
		}
		var stored = stored(jdbc, prepared.challenge());
		report(List.copyOf(outcomes), stored, deadline);
	}

	/** One company's rush: the upload if it is due now, then the click on Submit. */
	private static Outcome rush(Person person, Texts texts) {
		var outcome = new Outcome(person);
		try {
			if (UPLOAD_IN_RUSH) {
				outcome.uploadSent = Instant.now();
				var uploaded = person.client()
					.upload("proposal-upload", "proposal.pdf", "application/pdf", person.file());
				outcome.uploadAnswered = Instant.now();
				outcome.uploadRefused = uploaded.says(texts.late()) || uploaded.says(texts.timedOut());
				outcome.uploadShown = uploaded.says("proposal.pdf");
			}
			outcome.clickSent = Instant.now();
			var answer = person.client().click("submit-proposal");
			outcome.clickAnswered = Instant.now();
			if (answer.says(texts.received())) {
				outcome.kind = Kind.ACCEPTED;
				outcome.digest = answer.find(DIGEST).orElse(null);
			}
			else if (answer.says(texts.late())) {
				outcome.kind = Kind.REFUSED_LATE;
			}
			else if (answer.says(texts.timedOut())) {
				outcome.kind = Kind.REFUSED_TIMED_OUT;
			}
			else if (answer.says(texts.notSubmitted())) {
				outcome.kind = Kind.REFUSED_INVALID;
			}
			else {
				outcome.kind = Kind.ERROR;
				outcome.error = answer.texts()
					.stream()
					.filter(text -> text.contains(texts.error()))
					.findFirst()
					.orElse("no outcome shown: " + answer.texts());
			}
		}
		catch (IOException | RuntimeException failed) {
			if (outcome.clickSent != null && outcome.clickAnswered == null) {
				outcome.clickAnswered = Instant.now();
			}
			outcome.kind = Kind.ERROR;
			outcome.error = (outcome.clickSent == null ? "upload of " + person.file().length / 1024 + " kB: "
					: "click: ") + failed.getClass().getSimpleName() + ": " + failed.getMessage();
		}
		return outcome;
	}

	private record Prepared(UUID challenge, String reference, List<Bidder> bidders) {
	}

	private record Bidder(String email, ProposalId proposal, byte[] file) {
	}

	private record Person(Bidder bidder, VaadinHttpClient client) {

		byte[] file() {
			return bidder.file();
		}

	}

	/**
	 * Makes the agency, the challenge and the companies with their proposals through the
	 * application services, on a second node that joins the application's database and
	 * leaves once its own work (audit entries, notifications) is done.
	 */
	private static Prepared prepare() throws Exception {
		try (var node = new SpringApplicationBuilder(PilotbridgeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + DATABASE, "--spring.datasource.username=postgres",
				"--spring.datasource.password=" + DATABASE_PASSWORD, "--pilotbridge.scheduling.enabled=false",
				"--pilotbridge.demo.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			var bidding = node.getBean(TestBidding.class);
			var agency = bidding.agency();
			var challenge = bidding.challenge(agency, "Fewer empty school buses, the rush over HTTP");
			var content = bidding.complete(challenge);
			var files = FILE_KB.stream().map(kb -> TestPdfs.ofSize(kb * 1024L, kb)).toList();
			var futures = new ArrayList<Future<Bidder>>();
			try (var threads = Executors.newFixedThreadPool(4)) {
				for (int i = 0; i < COMPANIES; i++) {
					var file = files.get(i % files.size());
					futures.add(threads.submit(() -> {
						var company = bidding.soleOwnedCompany(agency, Language.ENGLISH);
						var proposal = bidding.proposal(company.owner(), company.id(), challenge, content);
						if (!UPLOAD_IN_RUSH) {
							bidding.as(company.owner(), company.id(), () -> node.getBean(ProposalManagement.class)
								.attach(proposal, "proposal.pdf", new ByteArrayInputStream(file)));
						}
						return new Bidder(company.ownerEmail(), proposal, file);
					}));
				}
				var bidders = new ArrayList<Bidder>();
				for (var future : futures) {
					bidders.add(future.get());
				}
				var jdbc = node.getBean(JdbcClient.class);
				while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
					.query(Long.class)
					.single() > 0) {
					Thread.sleep(500);
				}
				return new Prepared(challenge.id().id(), challenge.reference(), bidders);
			}
		}
	}

	/**
	 * Every owner signs in and opens the proposal form, as people have it open at the
	 * deadline.
	 */
	private static List<Person> open(HttpClient http, Prepared prepared) throws Exception {
		var route = "challenges/" + prepared.reference() + "/proposal";
		var futures = new ArrayList<Future<Person>>();
		try (var threads = Executors.newFixedThreadPool(16)) {
			for (var bidder : prepared.bidders()) {
				futures.add(threads.submit(() -> {
					var client = new VaadinHttpClient(http, BASE);
					client.signIn(bidder.email(), TestIdentities.PASSWORD);
					client.open(route);
					if (!client.has("submit-proposal") || !client.has("proposal-upload")) {
						throw new IllegalStateException(
								"The form of " + bidder.email() + " has no submit button or upload: " + client.texts());
					}
					return new Person(bidder, client);
				}));
			}
			var people = new ArrayList<Person>();
			for (var future : futures) {
				people.add(future.get());
			}
			return people;
		}
	}

	private static JdbcClient jdbc() {
		var source = new DriverManagerDataSource(DATABASE, "postgres", DATABASE_PASSWORD);
		return JdbcClient.create(source);
	}

	/** The versions stored for the challenge, by proposal: time of receipt and digest. */
	private static Map<UUID, Stored> stored(JdbcClient jdbc, UUID challenge) {
		var stored = new HashMap<UUID, Stored>();
		jdbc.sql("""
				SELECT v.proposal_id, v.received_at, v.digest,
				       (SELECT count(*) FROM proposal_version_attachment a WHERE a.proposal_id = v.proposal_id
				        AND a.number = v.number) AS files
				FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id
				WHERE p.challenge_id = ?
				""").param(challenge).query(rs -> {
			stored.put(rs.getObject(1, UUID.class),
					new Stored(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4)));
		});
		return stored;
	}

	private record Stored(Instant receivedAt, String digest, int files) {
	}

	enum Kind {

		ACCEPTED, REFUSED_LATE, REFUSED_TIMED_OUT, REFUSED_INVALID, ERROR

	}

	/** What happened to one company, as its client saw it. */
	private static final class Outcome {

		final Person person;

		Instant uploadSent;

		Instant uploadAnswered;

		boolean uploadRefused;

		boolean uploadShown;

		Instant clickSent;

		Instant clickAnswered;

		Kind kind = Kind.ERROR;

		String digest;

		String error;

		Outcome(Person person) {
			this.person = person;
		}

	}

	private static void report(List<Outcome> outcomes, Map<UUID, Stored> stored, Instant deadline) {
		var inTime = outcomes.stream().filter(o -> o.clickSent != null && o.clickSent.isBefore(deadline)).toList();
		var late = new ArrayList<>(
				outcomes.stream().filter(o -> o.clickSent != null && !o.clickSent.isBefore(deadline)).toList());
		var lost = new ArrayList<Outcome>();
		// A company whose upload failed never clicked: lost if it was sent in time, late
		// otherwise.
		outcomes.stream().filter(o -> o.clickSent == null).forEach(o -> {
			if (o.uploadSent != null && o.uploadSent.isBefore(deadline)) {
				lost.add(o);
			}
			else {
				late.add(o);
			}
		});

		var acceptedInTime = new ArrayList<Outcome>();
		var refusedInTime = new ArrayList<Outcome>();
		for (var outcome : inTime) {
			var version = stored.get(outcome.person.bidder().proposal().id());
			switch (outcome.kind) {
				case ACCEPTED -> {
					if (version != null && version.digest().equals(outcome.digest)) {
						acceptedInTime.add(outcome);
					}
					else {
						lost.add(outcome);
					}
				}
				case ERROR -> lost.add(outcome);
				default -> refusedInTime.add(outcome);
			}
		}
		var lateAccepted = late.stream().filter(o -> o.kind == Kind.ACCEPTED).count();
		var storedUnseen = stored.keySet()
			.stream()
			.filter(id -> outcomes.stream()
				.noneMatch(o -> o.person.bidder().proposal().id().equals(id) && o.kind == Kind.ACCEPTED))
			.count();

		System.out.printf(Locale.ROOT, "%nDeadline rush over HTTP: %d companies over %d s, %s, PDFs %s%n",
				outcomes.size(), WINDOW_SECONDS, clients(),
				UPLOAD_IN_RUSH ? "uploaded in the rush" : "uploaded before");
		System.out.printf(Locale.ROOT, "received in time and accepted   %5d%n", acceptedInTime.size());
		System.out.printf(Locale.ROOT,
				"received in time and refused    %5d   (goal 0: %d as late, %d timed out, %d incomplete)%n",
				refusedInTime.size(), count(refusedInTime, Kind.REFUSED_LATE),
				count(refusedInTime, Kind.REFUSED_TIMED_OUT), count(refusedInTime, Kind.REFUSED_INVALID));
		System.out.printf(Locale.ROOT, "received late                   %5d   (%d refused, %d accepted: must be 0)%n",
				late.size(), late.size() - lateAccepted, lateAccepted);
		System.out.printf(Locale.ROOT,
				"lost                            %5d   (goal 0: errors or no answer, or a receipt without its version)%n",
				lost.size());
		System.out.printf(Locale.ROOT, "stored without a receipt shown  %5d%n", storedUnseen);
		System.out.printf(Locale.ROOT, "accepted in time with their PDF  %5d of %d%n",
				acceptedInTime.stream().filter(o -> stored.get(o.person.bidder().proposal().id()).files() == 1).count(),
				acceptedInTime.size());
		lost.stream()
			.map(o -> o.error == null ? "receipt " + o.digest + " without its stored version" : o.error)
			.collect(Collectors.groupingBy(error -> error, TreeMap::new, Collectors.counting()))
			.forEach((error, times) -> System.out.println("  " + times + " x " + error));
		if (UPLOAD_IN_RUSH) {
			var clickedLateAfterUpload = late.stream()
				.filter(o -> o.uploadSent != null && o.uploadSent.isBefore(deadline))
				.count();
			System.out.printf(Locale.ROOT,
					"uploads listed in the form %d, refused %d; late clicks whose upload was sent before the deadline %d%n",
					outcomes.stream().filter(o -> o.uploadShown).count(),
					outcomes.stream().filter(o -> o.uploadRefused).count(), clickedLateAfterUpload);
			latency("upload sent -> answered",
					outcomes.stream()
						.filter(o -> o.uploadAnswered != null)
						.map(o -> Duration.between(o.uploadSent, o.uploadAnswered))
						.toList());
		}
		latency("click sent -> answered",
				outcomes.stream()
					.filter(o -> o.clickAnswered != null && o.clickSent != null)
					.map(o -> Duration.between(o.clickSent, o.clickAnswered))
					.toList());
		latency("click sent -> stamped by the server (accepted)",
				acceptedInTime.stream()
					.map(o -> Duration.between(o.clickSent, stored.get(o.person.bidder().proposal().id()).receivedAt()))
					.toList());
		var lastAnswer = outcomes.stream()
			.filter(o -> o.clickAnswered != null)
			.map(o -> o.clickAnswered)
			.max(Instant::compareTo);
		lastAnswer.ifPresent(last -> System.out.printf(Locale.ROOT, "last answer %.1f s after the deadline%n",
				Duration.between(deadline, last).toMillis() / 1000.0));
	}

	private static String clients() {
		return CLIENTS > 0 ? CLIENTS + " client threads" : "each on a thread of its own";
	}

	private static long count(List<Outcome> outcomes, Kind kind) {
		return outcomes.stream().filter(o -> o.kind == kind).count();
	}

	private static void latency(String what, List<Duration> durations) {
		if (durations.isEmpty()) {
			System.out.printf(Locale.ROOT, "%-50s n=0%n", what);
			return;
		}
		var millis = new ArrayList<>(durations.stream().map(Duration::toMillis).toList());
		Collections.sort(millis);
		System.out.printf(Locale.ROOT, "%-50s n=%d; ms p50 %d, p90 %d, p99 %d, max %d%n", what, millis.size(),
				percentile(millis, 0.5), percentile(millis, 0.9), percentile(millis, 0.99), millis.getLast());
	}

	private static long percentile(List<Long> sorted, double percentile) {
		var rank = (int) Math.ceil(percentile * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static int intProperty(String name, int defaultValue) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
	}

	/**
	 * The English texts the form shows for each outcome, from the application's own
	 * bundles.
	 */
	private record Texts(String received, String late, String timedOut, String notSubmitted, String error) {

		static Texts load() throws IOException {
			var messages = new Properties();
			for (var bundle : List.of("proposal", "challenge", "shared")) {
				try (var in = HttpDeadlineRush.class.getResourceAsStream("/messages/" + bundle + ".properties")) {
					messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			return new Texts(literal(messages, "proposal.view.submitted"),
					literal(messages, "challenge.deadline-passed"),
					literal(messages, "challenge.submission-timed-out", "The platform could not record your change"),
					literal(messages, "proposal.view.not-submitted"),
					literal(messages, "error.unexpected.notification"));
		}

		/**
		 * The longest part of the message without a placeholder, which the shown text
		 * contains.
		 */
		private static String literal(Properties messages, String key, String... absent) {
			var message = messages.getProperty(key);
			if (message == null) {
				return absent.length > 0 ? absent[0] : key;
			}
			return Pattern.compile("\\{\\d+\\}")
				.splitAsStream(message)
				.map(String::strip)
				.max((a, b) -> Integer.compare(a.length(), b.length()))
				.orElse(message);
		}

	}

}
