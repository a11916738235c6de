package org.pilotbridge.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalManagement;
import org.pilotbridge.proposal.ProposalQuery;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one database, both with their scheduled jobs and mail delivery
 * running, as behind a load balancer: what one node accepts, the other shows at once; a
 * mail is sent once although both deliver; a challenge is closed once although both run
 * the closing job.
 */
@SpringBootTest
@Import({ MutableClockConfiguration.class, TestBidding.class })
class TwoNodesIntegrationTests {

	private static final String[] FAST_JOBS = { "--pilotbridge.challenge.closing-interval=PT0.2S",
			"--pilotbridge.challenge.closing-initial-delay=PT0S" };

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry properties) {
		TestMail.register(properties);
		properties.add("pilotbridge.challenge.closing-interval", () -> "PT0.2S");
		properties.add("pilotbridge.challenge.closing-initial-delay", () -> "PT0S");
	}

	@Autowired
	TestBidding bidding;

	@Autowired
	ProposalManagement proposals;

	@Autowired
	ProposalQuery query;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void twoNodesShareWhatTheyAcceptAndDoEachJobOnce() {
		var agency = bidding.agency();
		var challenge = bidding.challenge(agency);
		var company = bidding.company(agency, Language.ENGLISH);
		var proposal = bidding.proposal(company, challenge, bidding.complete(challenge));
		var first = bidding.as(company.member(), company.id(), () -> proposals.submit(proposal));
		var submitter = emailOf(company.member());
		TestMail.awaitMail(submitter, receiptSubject(challenge, 1));

		// Both nodes run in one JVM, where Spring Security's global context holder is the
		// one of the node started last; each node still reads and writes its own, so
		// people act on either.
		try (var otherNode = secondNode()) {
			var otherBidding = otherNode.getBean(TestBidding.class);
			var otherProposals = otherNode.getBean(ProposalManagement.class);
			var otherQuery = otherNode.getBean(ProposalQuery.class);

			var seenThere = otherBidding.as(company.member(), company.id(), () -> otherQuery.latest(proposal));
			assertThat(seenThere.version()).isEqualTo(first);
			var stillSeenHere = bidding.as(company.member(), company.id(), () -> query.latest(proposal));
			assertThat(stillSeenHere.version()).isEqualTo(first);

			otherBidding.as(company.member(), company.id(), () -> otherProposals.submit(proposal));
			var subject = receiptSubject(challenge, 2);
			TestMail.awaitMail(submitter, subject);
			await().until(() -> pendingMails() == 0);
			assertThat(TestMail.to(submitter)).filteredOn(message -> TestMail.subject(message).equals(subject))
				.hasSize(1);

			var opening = deadlineOf(challenge).plus(Duration.ofMinutes(5));
			clock.set(opening);
			otherNode.getBean(MutableClock.class).set(opening);
			await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED".equals(stateOf(challenge)));
			await().until(() -> pendingEventsAbout(challenge) == 0);
			assertThat(closedEventsAbout(challenge)).isEqualTo(1);
			assertThat(auditTrail.entriesOf("challenge", challenge.id())).extracting(AuditEntry::action)
				.containsOnlyOnce("challenge.closed");
		}
	}

	private static String receiptSubject(ChallengeSummary challenge, int version) {
		return "Receipt of your proposal for %s (version %d)".formatted(challenge.reference(), version);
	}

	private ConfigurableApplicationContext secondNode() {
		var database = jdbc.sql("SELECT current_database()").query(String.class).single();
		var arguments = new ArrayList<>(
				List.of("--pilotbridge.embedded-database.database-name=" + database, "--server.port=0",
						"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.server().getSmtp().getPort()));
		arguments.addAll(List.of(FAST_JOBS));
		return new SpringApplicationBuilder(PilotbridgeApplication.class, MutableClockConfiguration.class,
				TestBidding.class)
			.run(arguments.toArray(String[]::new));
	}

	private String emailOf(PersonId person) {
		return jdbc.sql("SELECT email FROM person WHERE id = ?").param(person.id()).query(String.class).single();
	}

	private long pendingMails() {
		return jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE status = 'PENDING'").query(Long.class).single();
	}

	private Instant deadlineOf(ChallengeSummary challenge) {
		return jdbc.sql("SELECT proposals_deadline FROM challenge WHERE id = ?")
			.param(challenge.id().id())
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private String stateOf(ChallengeSummary challenge) {
		return jdbc.sql("SELECT state FROM challenge WHERE id = ?")
			.param(challenge.id().id())
			.query(String.class)
			.single();
	}

	private long pendingEventsAbout(ChallengeSummary challenge) {
		return jdbc
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
			.param("%" + challenge.id() + "%")
			.query(Long.class)
			.single();
	}

	/**
	 * How many times the challenge was closed (each listener of an event has its own
	 * publication).
	 */
	private long closedEventsAbout(ChallengeSummary challenge) {
		return jdbc.sql("""
				SELECT count(DISTINCT e.serialized_event)
				FROM (SELECT event_type, serialized_event FROM event_publication
				      UNION ALL
				      SELECT event_type, serialized_event FROM event_publication_archive) e
				WHERE e.event_type LIKE '%ChallengeClosed' AND e.serialized_event LIKE ?
				""").param("%" + challenge.id() + "%").query(Long.class).single();
	}

}
