/**
 * E-mail and in-app notifications. The module listens to the events of the other modules
 * and tells the people concerned, in their language. E-mails go through an outbox table,
 * so that none is lost when the application stops and none is sent twice by two nodes.
 * <p>
 * It depends on the modules whose events it turns into mails and notices, and calls their
 * public API where an event cannot carry what it needs (the panel's chair and stand-in,
 * its members and whether all scores are in, the letters and report as PDF, a proposal's
 * receipt, an agency's authorising officers). No module depends on it.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "audit", "identity", "challenge", "catalogue", "proposal", "evaluation", "pilot",
				"document", "shared :: ui" })
@NullMarked
package org.pilotbridge.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
