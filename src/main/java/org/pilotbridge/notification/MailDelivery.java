package org.pilotbridge.notification;

import java.time.Clock;
import java.time.Duration;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued e-mails every couple of seconds. Each node takes a batch with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes never send the same mail; a mail is marked sent
 * in the transaction that holds its lock. Without an SMTP server (the development default) mails
 * are kept for the developer mailbox instead.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int BATCH = 20;

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailDelivery(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, NotificationProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${pilotbridge.notification.delivery-interval:PT2S}")
	void deliverDue() {
		Integer delivered;
		do {
			delivered = transactions.execute(status -> {
				var due = outbox.lockDue(BATCH);
				due.forEach(this::deliver);
				return due.size();
			});
		}
		while (delivered != null && delivered == BATCH);
	}

	private void deliver(OutgoingMail mail) {
		var smtp = sender.getIfAvailable();
		if (smtp == null) {
			outbox.markDelivered(mail.id(), "CAPTURED");
			return;
		}
		try {
			var message = smtp.createMimeMessage();
			var helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(properties.from());
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.textBody(), mail.htmlBody());
			for (var attachment : outbox.attachments(mail.id())) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			message.setHeader("Content-Language", mail.language());
			// A stable id lets mail clients recognise a message delivered twice after a crash.
			message.setHeader("X-Pilotbridge-Mail-Id", mail.id().toString());
			smtp.send(message);
			outbox.markDelivered(mail.id(), "SENT");
		}
		catch (MailException | MessagingException failure) {
			var attempts = mail.attempts() + 1;
			var giveUp = attempts >= properties.maxAttempts();
			log.warn("Could not deliver mail {} (attempt {}): {}", mail.id(), attempts, failure.getMessage());
			outbox.markFailedAttempt(mail.id(), String.valueOf(failure.getMessage()),
					clock.instant().plus(Duration.ofMinutes(attempts)), giveUp);
		}
	}

}
