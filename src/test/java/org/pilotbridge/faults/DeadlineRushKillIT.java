package org.pilotbridge.faults;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.Browser;
import org.pilotbridge.test.PackagedApplication;
import org.pilotbridge.test.ProposalJourney;
import org.pilotbridge.test.ResourceSampler;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drill of a node killed in the deadline rush. The packaged application runs as in
 * production ({@code java -jar}, its embedded PostgreSQL keeping its data on disk, a real
 * SMTP server); sixteen companies, each in a browser of its own, prepare and submit
 * proposals with PDF attachments to three challenges, then resubmit new versions with
 * more files; once a good share of the receipts has been shown, the JVM is killed with
 * SIGKILL in the middle of the rush, and started again, taking over the PostgreSQL the
 * dead JVM left running. Then:
 * <ul>
 * <li>every version whose receipt a company was shown is stored, with the digest shown,
 * the very bytes of the file uploaded for it, and a digest that matches its stored
 * canonical form;</li>
 * <li>nothing is half-written: every stored file matches its hash and size, every
 * proposal's versions run from 1 to its latest, each with its audit entry;</li>
 * <li>every receipt e-mail, sent before or after the kill, reaches its submitter as
 * exactly one message (one {@code Message-ID}); only the one mail the SMTP server may
 * have accepted as the JVM died can arrive twice, as the same message (see DD017).</li>
 * </ul>
 * Companies use the application's only submission path, its Vaadin UI, through real
 * browsers, so the receipts counted are those people were shown. Part of the {@code load}
 * profile; logs the throughput of the rush, the restart and memory for docs/benchmarks.md
 * and asserts no timing.
 */
@Tag("load")
class DeadlineRushKillIT {

	private static final Logger log = LoggerFactory.getLogger(DeadlineRushKillIT.class);

	private static final int COMPANIES = 16;

	private static final int CHALLENGES = 3;

	private static final int ROUNDS = 2;

	/**
	 * Receipts shown before the kill: about the middle of the rush of 16 × 3 × 2
	 * submissions.
	 */
	private static final int KILL_AFTER = 40;

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	@TempDir
	Path workingDirectory;

	private PackagedApplication application;

	/**
	 * What a company was shown once a version was received, with the file it uploaded for
	 * that version.
	 */
	private record Acknowledged(String email, UUID company, ChallengeSummary challenge, ProposalJourney.Receipt receipt,
			byte[] file) {
	}

	private record Bidder(TestBidding.Company company, int number) {
	}

	@Test
	void everyReceiptShownSurvivesAKillMidRushAndIsMailedOnce() throws Exception {
		TestMail.purge();
		application = new PackagedApplication(workingDirectory, "--pilotbridge.demo.enabled=false",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.server().getSmtp().getPort(),
				// A listener cut off by the kill leaves its publication in progress;
				// production declares
				// it stale after ten minutes (listeners can be slow), the drill after
				// twenty seconds.
				"--spring.modulith.events.staleness.processing=PT20S",
				"--spring.modulith.events.staleness.published=PT20S",
				"--spring.modulith.events.staleness.check-interval=PT2S", "--pilotbridge.events.recovery-interval=PT2S",
				"--pilotbridge.events.recovery-initial-delay=PT2S");
		application.start("first.log");
		assertThat(application.databaseSetting("synchronous_commit")).isEqualTo("on");

		var challenges = new ArrayList<ChallengeSummary>();
		var bidders = new ArrayList<Bidder>();
		prepare(challenges, bidders);

		var acknowledged = new CopyOnWriteArrayList<Acknowledged>();
		var failures = new ConcurrentLinkedQueue<Throwable>();
		var killed = new AtomicBoolean();
		var browsers = new CopyOnWriteArrayList<Browser>();
		var pool = Executors.newFixedThreadPool(COMPANIES);
		Instant rushStarted;
		Instant killedAt;
		Set<String> deliveredBeforeKill;
		try (var sampler = ResourceSampler.every(Duration.ofSeconds(2))) {
			var starting = new ArrayList<Future<Browser>>();
			for (int i = 0; i < COMPANIES; i++) {
				starting.add(pool.submit(() -> {
					var browser = Browser.start(application.url(""), Language.ENGLISH, PATIENCE);
					browsers.add(browser);
					return browser;
				}));
			}
			var started = new ArrayList<Browser>();
			for (var browser : starting) {
				started.add(browser.get(10, TimeUnit.MINUTES));
			}
			rushStarted = Instant.now();
			log.info("Rush: {} browsers started; load average {}", COMPANIES, ResourceSampler.loadAverage());
			var clients = new ArrayList<Future<?>>();
			for (var bidder : bidders) {
				var browser = started.get(bidder.number());
				clients.add(pool.submit(() -> rush(browser, bidder, challenges, acknowledged, killed, failures)));
			}

			await().atMost(Duration.ofMinutes(30))
				.until(() -> acknowledged.size() >= KILL_AFTER || !failures.isEmpty());
			assertThat(failures).as("failures before the kill").isEmpty();
			application.kill();
			killedAt = Instant.now();
			killed.set(true);
			var shownAtKill = acknowledged.size();
			deliveredBeforeKill = messageIds(TestMail.server().getReceivedMessages());
			log.info("Rush: killed after {} receipts shown in {} s ({} mails delivered); load average {}; {}",
					shownAtKill, Duration.between(rushStarted, killedAt).toSeconds(), deliveredBeforeKill.size(),
					ResourceSampler.loadAverage(), sampler.peaks());
			// The companies' next clicks go nowhere: their browsers close, their journeys
			// end.
			browsers.forEach(Browser::close);
			for (var client : clients) {
				client.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			browsers.forEach(Browser::close);
			pool.shutdownNow();
		}
		assertThat(failures).as("failures before the kill").isEmpty();

		application.start("second.log");
		var restarted = Duration.between(killedAt, Instant.now());
		assertThat(application.log("second.log")).contains("left running by a previous start");

		assertEveryShownReceiptIsStoredIntact(acknowledged);
		assertNothingIsHalfWritten(challenges);
		var mailed = assertEveryReceiptIsMailedAsOneMessage(challenges, deliveredBeforeKill);
		log.info(
				"Rush: {} receipts shown, {} versions stored, {} receipt mails; restarted and ready {} s after the kill; "
						+ "outbox empty {} s after the kill; load average {}",
				acknowledged.size(), versions(challenges).size(), mailed, restarted.toSeconds(),
				Duration.between(killedAt, Instant.now()).toSeconds(), ResourceSampler.loadAverage());
	}

	@AfterEach
	void stopEverything() throws Exception {
		if (application != null) {
			application.close();
		}
	}

	/**
	 * Makes the agency, its challenges and the companies through the application
	 * services, on a second node joining the application's database for the purpose (its
	 * scheduled jobs off, so that it delivers no mail), which leaves once its work is
	 * done.
	 */
	private void prepare(List<ChallengeSummary> challenges, List<Bidder> bidders) throws Exception {
		try (var node = new SpringApplicationBuilder(PilotbridgeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + application.databaseUrl(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=" + application.databasePassword(),
				"--pilotbridge.scheduling.enabled=false", "--pilotbridge.demo.enabled=false")) {
			var bidding = node.getBean(TestBidding.class);
			var agency = bidding.agency();
			for (int c = 0; c < CHALLENGES; c++) {
				challenges.add(bidding.challenge(agency, "Fewer empty school buses, lot " + (c + 1)));
			}
			for (int i = 0; i < COMPANIES; i++) {
				bidders.add(new Bidder(bidding.company(agency, Language.ENGLISH), i));
			}
			// The node leaves once its own listeners are done, so that it leaves no work
			// half-done.
			await().atMost(PATIENCE)
				.until(() -> application
					.count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL") == 0);
		}
	}

	/**
	 * A company submits to every challenge, round after round, each version with one more
	 * file.
	 */
	private void rush(Browser browser, Bidder bidder, List<ChallengeSummary> challenges,
			List<Acknowledged> acknowledged, AtomicBoolean killed, ConcurrentLinkedQueue<Throwable> failures) {
		var company = bidder.company();
		try {
			browser.signIn(company.ownerEmail());
			for (int round = 1; round <= ROUNDS && !killed.get(); round++) {
				for (int c = 0; c < challenges.size() && !killed.get(); c++) {
					var challenge = challenges.get(c);
					var pdf = TestPdfs.ofSize(150_000 + 10_000 * round, bidder.number() * 100 + c * 10 + round);
					var file = Files.write(Files.createTempDirectory(workingDirectory, "upload")
						.resolve("plan-" + c + "-v" + round + ".pdf"), pdf);
					var receipt = ProposalJourney.submit(browser, challenge.reference(),
							String.valueOf(19_000 + round * 100 + c), file);
					assertThat(receipt.version()).isEqualTo(round);
					acknowledged
						.add(new Acknowledged(company.ownerEmail(), company.id().id(), challenge, receipt, pdf));
				}
			}
		}
		catch (Exception | AssertionError failure) {
			if (!killed.get()) {
				keepScreenshot(browser, "company-" + bidder.number());
				failures.add(new AssertionError("company " + bidder.number() + " failed before the kill", failure));
			}
		}
	}

	private void assertEveryShownReceiptIsStoredIntact(List<Acknowledged> acknowledged) throws Exception {
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER);
		try (var connection = application.database()) {
			for (var shown : acknowledged) {
				var version = connection.prepareStatement(
						"""
								SELECT v.digest, v.canonical_form FROM proposal p JOIN proposal_version v ON v.proposal_id = p.id
								WHERE p.company_id = ? AND p.challenge_id = ? AND v.number = ?
								""");
				version.setObject(1, shown.company());
				version.setObject(2, shown.challenge().id().id());
				version.setInt(3, shown.receipt().version());
				var stored = version.executeQuery();
				assertThat(stored.next())
					.as("version %d of %s for %s is stored", shown.receipt().version(), shown.email(),
							shown.challenge().reference())
					.isTrue();
				assertThat(stored.getString("digest")).isEqualTo(shown.receipt().digest());
				assertThat(sha256(stored.getString("canonical_form").getBytes(StandardCharsets.UTF_8)))
					.isEqualTo(shown.receipt().digest());
				var files = connection.prepareStatement("""
						SELECT a.content FROM proposal p
						JOIN proposal_version_attachment va ON va.proposal_id = p.id
						JOIN proposal_attachment a ON a.id = va.attachment_id
						WHERE p.company_id = ? AND p.challenge_id = ? AND va.number = ?
						""");
				files.setObject(1, shown.company());
				files.setObject(2, shown.challenge().id().id());
				files.setInt(3, shown.receipt().version());
				var contents = new ArrayList<String>();
				var result = files.executeQuery();
				while (result.next()) {
					contents.add(sha256(result.getBytes("content")));
				}
				assertThat(contents).as("the files of version %d", shown.receipt().version())
					.hasSize(shown.receipt().version())
					.contains(sha256(shown.file()));
			}
		}
	}

	private void assertNothingIsHalfWritten(List<ChallengeSummary> challenges) throws Exception {
		assertThat(application.count("""
				SELECT count(*) FROM proposal_attachment
				WHERE encode(sha256(content), 'hex') <> sha256 OR octet_length(content) <> size_bytes
				""")).as("files whose bytes do not match their hash or size").isZero();
		assertThat(application
			.count("""
					SELECT count(*) FROM proposal p
					WHERE (SELECT count(*) FROM proposal_version v WHERE v.proposal_id = p.id) <> p.latest_version
					   OR (SELECT coalesce(max(number), 0) FROM proposal_version v WHERE v.proposal_id = p.id) <> p.latest_version
					   OR (p.state = 'SUBMITTED') <> (p.latest_version > 0)
					"""))
			.as("proposals whose versions do not run from 1 to the latest")
			.isZero();
		assertThat(application.count("""
				SELECT count(*) FROM proposal_version v
				WHERE (SELECT count(*) FROM proposal_version_attachment va
				       WHERE va.proposal_id = v.proposal_id AND va.number = v.number) <> v.number
				""")).as("versions without the file of each round").isZero();
		assertThat(application
			.count("""
					SELECT count(*) FROM proposal_version WHERE encode(sha256(convert_to(canonical_form, 'UTF8')), 'hex') <> digest
					"""))
			.as("versions whose digest does not match their canonical form")
			.isZero();
		var versions = versions(challenges);
		// Every submission reaches the audit trail once, the interrupted ones through the
		// event registry.
		await().atMost(PATIENCE)
			.until(() -> application
				.count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL") == 0);
		assertThat(application.count("SELECT count(*) FROM audit_entry WHERE action = 'proposal.submitted'"))
			.isEqualTo(versions.size());
		assertThat(application
			.count("""
					SELECT count(DISTINCT (object_id, details->>'version')) FROM audit_entry WHERE action = 'proposal.submitted'
					"""))
			.isEqualTo(versions.size());
	}

	/**
	 * Waits until every receipt is delivered, then checks each reached its submitter as
	 * one message; returns how many receipt mails there are.
	 */
	private int assertEveryReceiptIsMailedAsOneMessage(List<ChallengeSummary> challenges,
			Set<String> deliveredBeforeKill) throws Exception {
		var expected = receiptMails(challenges);
		await().atMost(PATIENCE)
			.until(() -> application.count("""
					SELECT count(*) FROM outgoing_mail WHERE template = 'proposal-receipt' AND status = 'SENT'
					""") == expected.size()
					&& application.count("SELECT count(*) FROM outgoing_mail WHERE status = 'PENDING'") == 0);
		var copies = new HashMap<String, List<MimeMessage>>();
		for (var message : TestMail.server().getReceivedMessages()) {
			copies
				.computeIfAbsent(
						TestMail.subject(message) + " to " + GreenMailUtil.getAddressList(message.getAllRecipients()),
						key -> new ArrayList<>())
				.add(message);
		}
		var sentTwice = 0;
		for (var mail : expected.entrySet()) {
			var received = copies.getOrDefault(mail.getKey(), List.of());
			assertThat(messageIds(received.toArray(MimeMessage[]::new))).as("messages of %s", mail.getKey()).hasSize(1);
			assertThat(received).as("copies of %s", mail.getKey()).hasSizeBetween(1, 2);
			assertThat(plainText(received.getFirst())).as("the digest in %s", mail.getKey()).contains(mail.getValue());
			if (received.size() == 2) {
				sentTwice++;
				// Only the mail the SMTP server accepted as the JVM died, whose first
				// copy came before the kill.
				assertThat(deliveredBeforeKill).contains(received.getFirst().getMessageID());
			}
		}
		assertThat(sentTwice).as("mails sent again after the kill").isLessThanOrEqualTo(1);
		log.info("Rush: {} receipt mails, {} of them sent a second time as the same message", expected.size(),
				sentTwice);
		return expected.size();
	}

	/**
	 * Every stored version of the challenges, as {@code proposal/number}, with its
	 * digest.
	 */
	private Map<String, String> versions(List<ChallengeSummary> challenges) throws Exception {
		var versions = new HashMap<String, String>();
		try (var connection = application.database(); var query = connection.prepareStatement("""
				SELECT v.proposal_id, v.number, v.digest FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id
				WHERE p.challenge_id = ANY (?)
				""")) {
			query.setArray(1, connection.createArrayOf("uuid", challenges.stream().map(c -> c.id().id()).toArray()));
			var result = query.executeQuery();
			while (result.next()) {
				versions.put(result.getObject(1) + "/" + result.getInt(2), result.getString(3));
			}
		}
		return versions;
	}

	/**
	 * The receipt mail every stored version calls for, as {@code subject to recipient},
	 * with its digest.
	 */
	private Map<String, String> receiptMails(List<ChallengeSummary> challenges) throws Exception {
		var references = challenges.stream()
			.collect(Collectors.toMap(challenge -> challenge.id().id(), ChallengeSummary::reference));
		var mails = new HashMap<String, String>();
		try (var connection = application.database(); var query = connection.prepareStatement("""
				SELECT p.challenge_id, v.number, v.digest, person.email FROM proposal_version v
				JOIN proposal p ON p.id = v.proposal_id JOIN person ON person.id = v.submitted_by
				WHERE p.challenge_id = ANY (?)
				""")) {
			query.setArray(1, connection.createArrayOf("uuid", references.keySet().toArray()));
			var result = query.executeQuery();
			while (result.next()) {
				var subject = "Receipt of your proposal for %s (version %d)"
					.formatted(references.get(result.getObject(1, UUID.class)), result.getInt(2));
				mails.put(subject + " to " + result.getString(4), result.getString(3));
			}
		}
		return mails;
	}

	private static Set<String> messageIds(MimeMessage[] messages) throws MessagingException {
		var ids = new HashSet<String>();
		for (var message : messages) {
			ids.add(message.getMessageID());
		}
		return ids;
	}

	/** The plain-text part of a mail, decoded. */
	private static String plainText(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			var text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(plainText(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return "";
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static void keepScreenshot(Browser browser, String name) {
		try {
			var directory = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(directory.resolve("DeadlineRushKillIT-" + name + ".png"),
					browser.driver().getScreenshotAs(OutputType.BYTES));
			Files.writeString(directory.resolve("DeadlineRushKillIT-" + name + ".html"),
					browser.driver().getPageSource());
		}
		catch (Exception unavailable) {
			log.warn("No screenshot of {}: {}", name, unavailable.getMessage());
		}
	}

}
