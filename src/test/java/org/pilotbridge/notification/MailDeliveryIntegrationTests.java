package org.pilotbridge.notification;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.identity.AccountRegistered;
import org.pilotbridge.identity.provider.LocalAccountService;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No mail is lost and none is sent twice: the application stops after the registration committed
 * and before the mail was delivered, and the next start delivers it exactly once; an event delivered
 * twice to its listener (as after a crash of the listener) still sends one mail.
 */
class MailDeliveryIntegrationTests {

	/** A data directory of its own, so that the database survives the stop like a real one does. */
	@TempDir
	Path dataDirectory;

	@BeforeEach
	void emptyMailbox() {
		TestMail.purge();
	}

	@Test
	void deliversAMailQueuedBeforeTheApplicationStoppedExactlyOnce() {
		var address = "new.founder." + UUID.randomUUID() + "@test.example";
		try (var stopped = start(false)) {
			stopped.getBean(LocalAccountService.class).register("New Founder", address, "a long enough password", Language.FRENCH);
			await().until(() -> pending(stopped, address) == 1);
		}
		assertThat(TestMail.to(address)).as("nothing was sent before the stop").isEmpty();

		try (var restarted = start(true)) {
			var mails = TestMail.awaitMailTo(address);
			await().until(() -> pending(restarted, address) == 0);

			assertThat(mails).hasSize(1);
			assertThat(TestMail.subject(mails.get(0))).isEqualTo("Confirmez votre adresse e-mail");
			assertThat(TestMail.firstLink(mails.get(0))).contains("/account/confirm?token=");
		}
	}

	@Test
	void sendsOneMailWhenItsEventIsDeliveredTwice() {
		var address = "replayed." + UUID.randomUUID() + "@test.example";
		var event = new AccountRegistered(UUID.randomUUID(), address, "Replayed", Language.GERMAN,
				"http://localhost/account/confirm?token=once", AuditRecord.of(Instant.parse("2026-11-25T10:00:00Z"),
						Actor.SYSTEM, "account.registered", "account", "replayed", Map.of()));
		try (var context = start(true)) {
			var listener = context.getBean(IdentityNotifications.class);
			var transactions = context.getBean(TransactionTemplate.class);
			transactions.executeWithoutResult(status -> listener.on(event));
			transactions.executeWithoutResult(status -> listener.on(event));

			TestMail.awaitMailTo(address);
			await().until(() -> pending(context, address) == 0);
			assertThat(TestMail.to(address)).hasSize(1);
			assertThat(TestMail.subject(TestMail.to(address).get(0))).isEqualTo("Bestätigen Sie Ihre E-Mail-Adresse");
		}
	}

	private ConfigurableApplicationContext start(boolean delivering) {
		return new SpringApplicationBuilder(PilotbridgeApplication.class).run("--server.port=0",
				"--pilotbridge.embedded-database.data-directory=" + dataDirectory,
				"--pilotbridge.embedded-database.database-name=pilotbridge", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + TestMail.server().getSmtp().getPort(),
				"--pilotbridge.notification.delivery-interval=" + (delivering ? "PT0.2S" : "P1D"));
	}

	private static long pending(ConfigurableApplicationContext context, String address) {
		return context.getBean(JdbcClient.class)
			.sql("SELECT count(*) FROM outgoing_mail WHERE recipient = ? AND status = 'PENDING'")
			.param(address)
			.query(Long.class)
			.single();
	}

	private static long mailsTo(ConfigurableApplicationContext context, String address) {
		return context.getBean(JdbcClient.class)
			.sql("SELECT count(*) FROM outgoing_mail WHERE recipient = ?")
			.param(address)
			.query(Long.class)
			.single();
	}

}
