package org.pilotbridge.notification;

/**
 * The development mailbox was asked for by someone other than the person at the machine
 * it runs on, or where there is none: as far as they know, there is no such thing.
 */
public class MailboxNotFound extends RuntimeException {

	MailboxNotFound() {
		super("The development mailbox is shown only to requests made directly on this machine");
	}

}
