package org.pilotbridge.notification;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.PilotbridgeApplication;
import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.identity.AccountRegistered;
import org.pilotbridge.identity.provider.LocalAccountService;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * No mail is lost and none is sent twice: the application stops after the registration
 * committed and before the mail was delivered, and the next start delivers it exactly
 * once; an event delivered twice to its listener (as after a crash of the listener) still
 * sends one mail; and a node dying while it delivers sends again only the mail it was
 * sending, as the same message.
 */
class MailDeliveryIntegrationTests {

	/**
	 * A data directory of its own, so that the database survives the stop like a real one
	 * does.
	 */
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
			stopped.getBean(LocalAccountService.class)
				.register("New Founder", address, "a long enough password", Language.FRENCH);
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

	@Test
	void sendsAgainOnlyTheMailInFlightWhenDeliveryDiesMidway() throws Exception {
		var run = UUID.randomUUID();
		var addresses = List.of("first." + run + "@test.example", "second." + run + "@test.example",
				"third." + run + "@test.example");
		try (var context = start(false)) {
			var outbox = context.getBean(MailOutbox.class);
			var transactions = context.getBean(TransactionTemplate.class);
			for (var address : addresses) {
				transactions.executeWithoutResult(status -> outbox.queue(new MailComposer.MailRequest(address, null,
						Language.ENGLISH, "account-confirmation", List.of(), List.of(),
						"http://localhost/account/confirm?token=" + address, true, address, List.of())));
			}
			// The SMTP server accepts the second mail, then the node dies before it
			// records that.
			var dying = new SmtpServerThenDeath(context.getBean(JavaMailSenderImpl.class), 2);
			assertThatThrownBy(delivery(context, dying)::deliverDue).hasMessage(SmtpServerThenDeath.DEATH);
			delivery(context, new SmtpServerThenDeath(context.getBean(JavaMailSenderImpl.class), 0)).deliverDue();

			var inFlight = dying.recipients.get(1);
			assertThat(addresses).allSatisfy(address -> assertThat(pending(context, address)).isZero());
			assertThat(addresses).filteredOn(address -> !address.equals(inFlight))
				.allSatisfy(address -> assertThat(TestMail.to(address)).hasSize(1));
			var copies = TestMail.to(inFlight);
			assertThat(copies).hasSize(2);
			assertThat(copies.get(0).getMessageID()).isNotBlank()
				.isEqualTo(copies.get(1).getMessageID())
				.endsWith("@pilotbridge.example>");
		}
	}

	private static MailDelivery delivery(ConfigurableApplicationContext context, JavaMailSender sender) {
		var senders = new StaticListableBeanFactory(Map.of("sender", sender)).getBeanProvider(JavaMailSender.class);
		return new MailDelivery(context.getBean(MailOutbox.class), senders,
				context.getBean(NotificationProperties.class), context.getBean(TransactionTemplate.class),
				context.getBean(Clock.class));
	}

	/**
	 * The application's SMTP connection, after whose n-th accepted mail the node dies
	 * (never when n is 0).
	 */
	private static final class SmtpServerThenDeath extends JavaMailSenderImpl {

		static final String DEATH = "The node dies";

		final List<String> recipients = new ArrayList<>();

		private final int dieAfter;

		SmtpServerThenDeath(JavaMailSenderImpl smtp, int dieAfter) {
			setHost(smtp.getHost());
			setPort(smtp.getPort());
			this.dieAfter = dieAfter;
		}

		@Override
		public void send(MimeMessage... messages) {
			super.send(messages);
			for (var message : messages) {
				try {
					recipients.add(message.getAllRecipients()[0].toString());
				}
				catch (MessagingException e) {
					throw new IllegalStateException(e);
				}
			}
			if (recipients.size() == dieAfter) {
				throw new IllegalStateException(DEATH);
			}
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
