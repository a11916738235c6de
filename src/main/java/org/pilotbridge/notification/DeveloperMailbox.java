package org.pilotbridge.notification;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.shared.LocalRequests;

/**
 * The e-mails the application would have sent, for developers running it without an SMTP
 * server. Only offered on the embedded database with no {@code spring.mail.host}, and
 * only to the person at the machine: these mails hold other people's confirmation and
 * password reset links, so a request from another address, or relayed by a proxy, is told
 * there is no mailbox.
 */
@Service
@Transactional(readOnly = true)
public class DeveloperMailbox {

	private final MailOutbox outbox;

	DeveloperMailbox(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * The latest mails, newest first.
	 * @throws MailboxNotFound unless the request comes straight from this machine
	 */
	public List<OutgoingMail> latest(int offset, int limit) {
		if (!LocalRequests.currentIsDirectFromThisMachine()) {
			throw new MailboxNotFound();
		}
		return outbox.latest(offset, limit);
	}

}
