package org.pilotbridge.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationModuleTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void startWithAnEmptyTrail() {
		asSuperuserBypassingTriggers("DELETE FROM audit_entry; DELETE FROM audit_checkpoint");
	}

	@Test
	void linksEveryEntryToThePreviousOne() {
		record("challenge.published", "CH-1");
		record("challenge.amended", "CH-1");
		record("challenge.closed", "CH-1");

		var entries = auditTrail.entriesOf("challenge", "CH-1");

		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly("challenge.published", "challenge.amended", "challenge.closed");
		assertThat(entries.get(0).previousHash()).isEqualTo("0".repeat(64));
		assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
		assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
		assertThat(auditTrail.verifyChain().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveEntries() {
		record("proposal.opened", "P-1");

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET action = 'nothing.happened'").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("audit_entry is append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).isInstanceOf(DataAccessException.class);

		assertThat(auditTrail.entriesOf("challenge", "P-1")).extracting(AuditEntry::action)
			.containsExactly("proposal.opened");
	}

	@Test
	void detectsAnEntryChangedBehindTheApplicationsBack() {
		record("proposal.submitted", "P-1");
		record("proposal.submitted", "P-2");
		record("proposal.submitted", "P-3");
		var tampered = auditTrail.entriesOf("challenge", "P-2").get(0).number();

		asSuperuserBypassingTriggers("UPDATE audit_entry SET details = '{\"price\": \"1.00\"}' WHERE id = " + tampered);

		var verification = auditTrail.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(tampered);
		assertThat(verification.problem()).isEqualTo(AuditTrail.PROBLEM_CONTENT);
	}

	@Test
	void detectsAnEntryRemovedFromTheMiddle() {
		record("proposal.submitted", "P-1");
		record("proposal.submitted", "P-2");
		record("proposal.submitted", "P-3");
		var removed = auditTrail.entriesOf("challenge", "P-2").get(0).number();
		var next = auditTrail.entriesOf("challenge", "P-3").get(0).number();

		asSuperuserBypassingTriggers("DELETE FROM audit_entry WHERE id = " + removed);

		var verification = auditTrail.verifyChain();
		assertThat(verification.firstBrokenEntry()).isEqualTo(next);
		assertThat(verification.problem()).isEqualTo(AuditTrail.PROBLEM_PREVIOUS_HASH);
	}

	@Test
	void detectsTheLatestEntriesRemovedAfterAnIntactVerification() {
		record("proposal.submitted", "P-1");
		record("proposal.submitted", "P-2");
		assertThat(auditTrail.verifyChain().intact()).isTrue();
		var last = auditTrail.entriesOf("challenge", "P-2").get(0).number();

		asSuperuserBypassingTriggers("DELETE FROM audit_entry WHERE id = " + last);

		var verification = auditTrail.verifyChain();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenEntry()).isEqualTo(last);
		assertThat(verification.problem()).isEqualTo(AuditTrail.PROBLEM_CHECKPOINT);
	}

	@Test
	void keepsOneChainWhenManyActionsAreRecordedAtOnce() throws Exception {
		try (var pool = Executors.newFixedThreadPool(8)) {
			var futures = IntStream.range(0, 40)
				.mapToObj(i -> pool.submit(() -> record("proposal.read", "P-" + i)))
				.toList();
			for (var future : futures) {
				future.get();
			}
		}

		assertThat(auditTrail.size()).isEqualTo(40);
		assertThat(auditTrail.verifyChain().intact()).isTrue();
	}

	@Test
	void recordsAuditableEventsAfterTheirTransactionCommits(Scenario scenario) {
		var event = new SomethingAudited(record("test.happened", "T-1", false));

		scenario.publish(event)
			.andWaitForStateChange(() -> auditTrail.entriesOf("challenge", "T-1"), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).extracting(AuditEntry::action).containsExactly("test.happened"));
	}

	@Test
	void recordsAReplayedEventOnlyOnce() {
		var record = record("test.replayed", "T-2", false);

		auditTrail.record(record);
		auditTrail.record(record);

		assertThat(auditTrail.entriesOf("challenge", "T-2")).hasSize(1);
	}

	private AuditRecord record(String action, String objectId) {
		return record(action, objectId, true);
	}

	private AuditRecord record(String action, String objectId, boolean store) {
		var record = AuditRecord.of(Instant.parse("2026-11-25T10:15:30.123456789Z"), Actor.SYSTEM, action, "challenge",
				objectId, Map.of("reason", "test", "language", "fr"));
		if (store) {
			auditTrail.record(record);
		}
		return record;
	}

	private void asSuperuserBypassingTriggers(String statements) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			for (var statement : List.of(statements.split(";"))) {
				jdbc.sql(statement).update();
			}
		});
	}

	record SomethingAudited(AuditRecord auditRecord) implements AuditableEvent {
	}

}
