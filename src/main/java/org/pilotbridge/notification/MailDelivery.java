package org.pilotbridge.notification;

import java.time.Clock;
import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
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
 * Delivers queued e-mails every couple of seconds, one mail per transaction: the mail is
 * locked with {@code FOR UPDATE SKIP LOCKED}, so several nodes never send the same mail,
 * handed to the SMTP server and marked sent in the transaction that holds its lock, which
 * commits at once. A node killed while it delivers therefore sends again at most the one
 * mail the SMTP server had accepted when the node died, and that copy carries the same
 * {@code Message-ID}, by which mail systems recognise it. Without an SMTP server (the
 * development default) mails are kept for the developer mailbox instead.
 *
 * @see "Design decision: docs/decisions/DD017-20261205-mail-delivery-after-a-crash.md"
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

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
		// Each mail commits on its own, so that a crash never sends again what was sent
		// before it.
		boolean delivered;
		do {
			delivered = Boolean.TRUE.equals(transactions.execute(status -> deliverNext()));
		}
		while (delivered);
	}

	/**
	 * Delivers the next due mail, if any, in the caller's transaction; returns whether
	 * there was one.
	 */
	private boolean deliverNext() {
		var due = outbox.lockDue(1);
		due.forEach(this::deliver);
		return !due.isEmpty();
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
			// The same Message-ID on every attempt: a copy sent again after a crash is
			// the same message.
			message.setHeader("Message-ID", messageId(mail));
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

	/** {@code <mail id@sender's domain>}, as RFC 5322 asks of a message identifier. */
	private String messageId(OutgoingMail mail) {
		String domain;
		try {
			var address = new InternetAddress(properties.from()).getAddress();
			domain = address.substring(address.indexOf('@') + 1);
		}
		catch (AddressException unparsable) {
			domain = "pilotbridge.invalid";
		}
		return "<" + mail.id() + "@" + (domain.isBlank() ? "pilotbridge.invalid" : domain) + ">";
	}

}
