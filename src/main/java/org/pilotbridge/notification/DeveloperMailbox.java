package org.pilotbridge.notification;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails the application would have sent, for developers running it without an SMTP server.
 * Only offered on the embedded database with no {@code spring.mail.host}.
 */
@Service
@Transactional(readOnly = true)
public class DeveloperMailbox {

	private final MailOutbox outbox;

	DeveloperMailbox(MailOutbox outbox) {
		this.outbox = outbox;
	}

	public List<OutgoingMail> latest(int offset, int limit) {
		return outbox.latest(offset, limit);
	}

}
