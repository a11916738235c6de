package org.pilotbridge.challenge;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.audit.AuditEntry;
import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.OrganisationManagement;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.test.MutableClock;
import org.pilotbridge.test.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one database reach the deadline at the same moment and both
 * try to close the challenge: it closes once, with one event and one audit entry.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@Import(MutableClockConfiguration.class)
class ChallengeClosingRaceIntegrationTests {

	@Autowired
	ChallengeManagement management;

	@Autowired
	ChallengeClosing closing;

	@Autowired
	Challenges challenges;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	RunAs runAs;

	@Autowired
	MutableClock clock;

	@Test
	void twoNodesCloseAChallengeExactlyOnce() throws Exception {
		var the = Participants.create(accounts, organisations, runAs);
		var id = runAs.person(the.manager(), the.agency(), () -> {
			var draft = management.createDraft(the.agency(), Drafts.complete(clock).build());
			management.publish(draft);
			return draft;
		});
		var deadline = challenges.findById(id.id()).orElseThrow().proposalsDeadline().orElseThrow();
		var database = jdbc.sql("SELECT current_database()").query(String.class).single();

		try (var secondNode = new SpringApplicationBuilder(PilotbridgeApplication.class,
				MutableClockConfiguration.class)
			.run("--pilotbridge.embedded-database.database-name=" + database, "--server.port=0",
					"--pilotbridge.scheduling.enabled=false")) {
			var otherClosing = secondNode.getBean(ChallengeClosing.class);
			var opening = deadline.plus(closing.openingDelay()).plusMillis(1);
			clock.set(opening);
			secondNode.getBean(MutableClock.class).set(opening);

			var start = new CyclicBarrier(2);
			try (var nodes = Executors.newFixedThreadPool(2)) {
				Callable<Boolean> first = () -> {
					start.await();
					return closing.closeIfDue(id);
				};
				Callable<Boolean> second = () -> {
					start.await();
					return otherClosing.closeIfDue(id);
				};
				var a = nodes.submit(first);
				var b = nodes.submit(second);
				assertThat(List.of(a.get(), b.get())).containsOnlyOnce(true);
			}
		}

		assertThat(challenges.findById(id.id()).orElseThrow().state()).isEqualTo(ChallengeState.CLOSED);
		// Each listener of the event has a publication of its own; a second close would
		// be a second event.
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT e.serialized_event)
				FROM (SELECT event_type, serialized_event FROM event_publication
				      UNION ALL
				      SELECT event_type, serialized_event FROM event_publication_archive) e
				WHERE e.event_type LIKE '%ChallengeClosed' AND e.serialized_event LIKE '%' || ? || '%'
				""").param(id.toString()).query(Long.class).single()).isEqualTo(1);
		await().untilAsserted(() -> assertThat(auditTrail.entriesOf("challenge", id)).extracting(AuditEntry::action)
			.containsOnlyOnce("challenge.closed"));
		// Drafting and publishing commit separately and are recorded by asynchronous
		// listeners, in either order; what the race decides is that it closes once.
		assertThat(auditTrail.entriesOf("challenge", id)).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("challenge.drafted", "challenge.published", "challenge.closed");
	}

}
