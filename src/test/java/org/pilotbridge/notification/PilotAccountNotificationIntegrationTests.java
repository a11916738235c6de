package org.pilotbridge.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.pilot.PilotDecision;
import org.pilotbridge.pilot.PilotManagement;
import org.pilotbridge.pilot.PilotOutcome;
import org.pilotbridge.pilot.PilotQuery;
import org.pilotbridge.pilot.PilotResults;
import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.pilot.TestPilots;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A company rewrites its pilot account after the results were published, when the public
 * reads it as part of the agency's results: the pilot's managers are told by e-mail and
 * in the bell, the audit trail keeps the digests of the account before and after, and the
 * results page says that the account was revised after publication, and when. Writing it
 * before the publication tells nobody.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "audit", "pilot", "proposal" })
@Import({ MutableClockConfiguration.class, TestBidding.class, TestIdentities.class, TestPilots.class })
class PilotAccountNotificationIntegrationTests {

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry properties) {
		TestMail.register(properties);
	}

	@Autowired
	TestPilots fixtures;

	@Autowired
	TestBidding bidding;

	@Autowired
	PilotManagement management;

	@Autowired
	PilotQuery query;

	@Autowired
	PublicResults results;

	@Autowired
	Inbox inbox;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	TestPilots.Awarded awarded;

	@BeforeEach
	void aPilotRunToItsEnd() {
		TestMail.purge();
		awarded = fixtures.awarded();
		var manager = awarded.agency().manager();
		var agency = awarded.agency().id();
		var pilot = bidding.as(manager, agency, () -> query.byReference(awarded.pilot()).pilot());
		var today = LocalDate.ofInstant(fixtures.now(), pilot.timeZone());
		bidding.as(manager, agency, () -> management.start(pilot.id(), version()));
		bidding.as(manager, agency,
				() -> management.complete(pilot.id(), version(), today, new PilotResults(PilotOutcome.SUCCEEDED,
						"Weekly re-planning cut the kilometres.", PilotDecision.PROCURE_AT_LARGER_SCALE)));
	}

	@Test
	void theManagersLearnOfAChangeToThePublishedAccountWhichTheAuditTrailAndThePageRecord() throws Exception {
		var manager = awarded.agency().manager();
		var agency = awarded.agency().id();
		var winner = awarded.winner();
		var id = bidding.as(manager, agency, () -> query.byReference(awarded.pilot()).pilot().id());
		var first = "The drivers' feedback shaped the routes.";
		bidding.as(winner.owner(), winner.company(), () -> management.writeAccount(id, version(), first));
		bidding.as(manager, agency, () -> management.publishResults(id, version()));
		awaitEvents();
		assertThat(jdbc
			.sql("SELECT count(*) FROM outgoing_mail WHERE template = 'pilot-account-changed' AND recipient = ?")
			.param(managerEmail())
			.query(Long.class)
			.single()).as("nobody is told of an account written before the publication").isZero();
		assertThat(results.byReference(awarded.pilot()).orElseThrow().accountRevisedAfterPublication())
			.as("an account written before the publication was not revised after it")
			.isFalse();

		var rewritten = "Nothing worked, and the agency is to blame for all of it.";
		fixtures.clock().advance(Duration.ofDays(3));
		var changedAt = fixtures.now();
		bidding.as(winner.owner(), winner.company(), () -> management.writeAccount(id, version(), rewritten));
		awaitEvents();

		var mail = TestMail.awaitMail(managerEmail(),
				winner.name() + " changed its published account of the pilot " + awarded.pilot());
		assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("/agency/pilots/" + awarded.pilot());
		var notices = bidding.as(manager, agency, () -> inbox.latest(10));
		assertThat(notices).anySatisfy(notice -> {
			assertThat(notice.text())
				.isEqualTo(winner.name() + " changed its published account of the pilot " + awarded.pilot() + ".");
			assertThat(notice.link()).isEqualTo("/agency/pilots/" + awarded.pilot());
		});
		assertThat(auditTrail.entriesOf("pilot", id))
			.filteredOn(entry -> entry.action().equals("pilot.company-account.written"))
			.last()
			.satisfies(entry -> assertThat(entry.details()).containsEntry("resultsPublished", "true")
				.containsEntry("previousSha256", sha256(first))
				.containsEntry("sha256", sha256(rewritten)));
		var published = results.byReference(awarded.pilot()).orElseThrow();
		assertThat(published.companyAccountHtml()).contains("the agency is to blame");
		assertThat(published.companyAccountChangedAt()).isEqualTo(changedAt);
		assertThat(published.accountRevisedAfterPublication()).as("the page says it was revised after publication")
			.isTrue();
	}

	private String managerEmail() {
		return directory.person(awarded.agency().manager()).orElseThrow().email();
	}

	private int version() {
		return bidding.as(awarded.agency().manager(), awarded.agency().id(),
				() -> query.byReference(awarded.pilot()).pilot().version());
	}

	private void awaitEvents() {
		await().until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single() == 0);
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
