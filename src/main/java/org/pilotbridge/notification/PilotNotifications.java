package org.pilotbridge.notification;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.notification.MailComposer.MailRequest;
import org.pilotbridge.pilot.CompanyAccountWritten;
import org.pilotbridge.pilot.PilotLinks;
import org.pilotbridge.shared.PublicLinks;

/**
 * Tells the managers of a pilot when the company changes its account after the results
 * were published: the change is public at once, so they learn of it by e-mail and in the
 * bell, in their language, with a link to the pilot. A replayed event tells them once.
 *
 * @see "Design decision: docs/decisions/DD024-20261207-panel-independence.md"
 */
@Component
class PilotNotifications {

	private final MailOutbox mails;

	private final InboxWriter inbox;

	private final ChallengeDirectory challenges;

	private final OrganisationDirectory directory;

	private final MessageSource messages;

	private final PublicLinks links;

	PilotNotifications(MailOutbox mails, InboxWriter inbox, ChallengeDirectory challenges,
			OrganisationDirectory directory, MessageSource messages, PublicLinks links) {
		this.mails = mails;
		this.inbox = inbox;
		this.challenges = challenges;
		this.directory = directory;
		this.messages = messages;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(CompanyAccountWritten event) {
		if (!event.resultsPublished()) {
			return;
		}
		var title = challenges.challenge(event.challenge()).map(challenge -> challenge.title()).orElse("");
		var path = PilotLinks.manage(event.reference());
		var arguments = List.<Object>of(event.companyName(), event.reference(), title);
		for (var manager : challenges.managers(event.challenge())) {
			directory.person(manager).filter(PersonSummary::active).ifPresent(person -> {
				var uniqueness = event.auditRecord().id() + ":" + person.id();
				mails.queue(new MailRequest(person.email(), person.displayName(), person.language(),
						"pilot-account-changed", arguments, arguments, links.to(path), false, uniqueness));
				inbox.notify(person.id(), messages.getMessage("notice.pilot-account-changed", arguments.toArray(),
						person.language().locale()), path, Tokens.hash("pilot-account-changed/" + uniqueness));
			});
		}
	}

}
