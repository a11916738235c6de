package org.pilotbridge.proposal.ui;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.bench.VaadinHttpClient;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.shared.Arrivals;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The time of receipt through the whole web stack, over real HTTP, told by two companies.
 * The first one's click on Submit, sent by a client speaking Vaadin's protocol as a
 * browser does, reaches the server a second before the deadline on a busy day: the node
 * records one change of a proposal at a time
 * ({@code pilotbridge.proposal.concurrent-writes=1}), and that one, another company's
 * submission, is itself waiting for a third transaction holding the challenge. The click
 * queues for its turn, and the platform records it only after the deadline; the company
 * is shown its receipt, stored with the moment its click arrived. Because the click waits
 * in the application's queue *before* the submission reads its time of receipt, this
 * proves that the stamp is taken by the first filter, before Spring Security, Vaadin's
 * session and the application's queues, and that the form's submission reads the stamp of
 * its own request. The second one's click arrives a second after the deadline on an idle
 * server, with headers claiming it was sent an hour earlier: it is refused with the
 * translated message of its language, and nothing of its proposal changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pilotbridge.proposal.concurrent-writes=1")
@Import({ MutableClockConfiguration.class, TestBidding.class })
class ProposalReceiptOverHttpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestBidding bidding;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ProposalManagement management;

	@Test
	void aClickThatArrivedASecondBeforeTheDeadlineIsAcceptedWithItsArrivalThoughRecordedAfterIt() throws Exception {
		var agency = bidding.agency();
		var company = bidding.soleOwnedCompany(agency, Language.ENGLISH);
		var other = bidding.soleOwnedCompany(agency, Language.ENGLISH);
		var challenge = bidding.challenge(agency);
		var content = bidding.complete(challenge);
		var proposal = bidding.proposal(company.owner(), company.id(), challenge, content);
		bidding.attach(company, proposal, "plan.pdf", TestPdfs.onePage());
		var othersProposal = bidding.proposal(other.owner(), other.id(), challenge, content);
		bidding.attach(other, othersProposal, "plan.pdf", TestPdfs.onePage());
		var deadline = challenge.proposalsDeadline();

		var browser = new VaadinHttpClient(VaadinHttpClient.sharedHttpClient(), "http://127.0.0.1:" + port);
		browser.signIn(company.ownerEmail(), TestIdentities.PASSWORD);
		browser.open("challenges/" + challenge.reference() + "/proposal");
		assertThat(browser.has("submit-proposal")).isTrue();

		clock.set(deadline.minusSeconds(1));
		var held = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		try (var threads = Executors.newFixedThreadPool(3)) {
			var aThirdTransaction = threads
				.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
					jdbc.sql("SELECT id FROM challenge WHERE id = ? FOR NO KEY UPDATE")
						.param(challenge.id().id())
						.query(Object.class)
						.list();
					held.countDown();
					try {
						release.await();
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
					}
				}));
			held.await();
			var otherCompanysSubmission = threads.submit(() -> bidding.as(other.owner(), other.id(),
					() -> Arrivals.arrive(clock, served -> management.submit(othersProposal))));
			await().until(() -> jdbc
				.sql("""
						SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
						""")
				.query(Long.class)
				.single() > 0);
			var click = threads.submit(() -> browser.click("submit-proposal"));
			await().until(ProposalReceiptOverHttpIntegrationTests::aChangeWaitsForItsTurn);
			clock.set(deadline.plusSeconds(20));
			release.countDown();
			aThirdTransaction.get();
			assertThat(otherCompanysSubmission.get().receivedAt()).isEqualTo(deadline.minusSeconds(1));

			var answer = click.get();
			assertThat(answer.says("Version 1 of your proposal was received"))
				.as("the form's answer %s", answer.texts())
				.isTrue();
		}
		assertThat(jdbc.sql("SELECT received_at FROM proposal_version WHERE proposal_id = ?")
			.param(proposal.id())
			.query(Timestamp.class)
			.single()
			.toInstant()).isEqualTo(deadline.minusSeconds(1));
	}

	@Test
	void aClickThatArrivesASecondAfterTheDeadlineIsRefusedInItsLanguageWhateverItClaimsAndChangesNothing()
			throws Exception {
		var agency = bidding.agency();
		var company = bidding.soleOwnedCompany(agency, Language.FRENCH);
		var challenge = bidding.challenge(agency);
		var proposal = bidding.proposal(company.owner(), company.id(), challenge, bidding.complete(challenge));
		bidding.attach(company, proposal, "plan.pdf", TestPdfs.onePage());
		var deadline = challenge.proposalsDeadline();
		var anHourBefore = deadline.minusSeconds(3600);

		var browser = new VaadinHttpClient(VaadinHttpClient.sharedHttpClient(), "http://127.0.0.1:" + port)
			.header("Accept-Language", "fr-BE,fr;q=0.9")
			.header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(anHourBefore.atZone(ZoneOffset.UTC)))
			.header("X-Request-Start", "t=" + anHourBefore.toEpochMilli());
		browser.signIn(company.ownerEmail(), TestIdentities.PASSWORD);
		browser.open("challenges/" + challenge.reference() + "/proposal");
		assertThat(browser.has("submit-proposal")).isTrue();
		var before = proposalRow(proposal.id());

		clock.set(deadline.plusSeconds(1));
		var answer = browser.click("submit-proposal");

		assertThat(answer.says("La date limite des propositions est dépassée : ce défi est clôturé."))
			.as("the form's answer %s", answer.texts())
			.isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM proposal_version WHERE proposal_id = ?")
			.param(proposal.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT submitted_count FROM challenge WHERE id = ?")
			.param(challenge.id().id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(proposalRow(proposal.id())).as("state and version of the proposal").isEqualTo(before);
	}

	private String proposalRow(UUID proposal) {
		return jdbc.sql("SELECT state || ' ' || version FROM proposal WHERE id = ?")
			.param(proposal)
			.query(String.class)
			.single();
	}

	/**
	 * Whether a change of a proposal is waiting for its turn to be recorded (a write
	 * permit).
	 */
	private static boolean aChangeWaitsForItsTurn() {
		return Thread.getAllStackTraces()
			.values()
			.stream()
			.anyMatch(stack -> Arrays.stream(stack)
				.anyMatch(frame -> frame.getClassName().equals(Semaphore.class.getName())
						&& frame.getMethodName().equals("acquire"))
					&& Arrays.stream(stack).anyMatch(frame -> frame.getClassName().endsWith(".WritePermits")));
	}

}
