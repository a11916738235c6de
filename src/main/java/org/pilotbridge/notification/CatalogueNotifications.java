package org.pilotbridge.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.CompanyInvitedToChallenge;
import org.pilotbridge.catalogue.MatchingChallengePublished;
import org.pilotbridge.catalogue.SolutionPublished;
import org.pilotbridge.catalogue.SolutionQuery;
import org.pilotbridge.catalogue.SolutionRejected;
import org.pilotbridge.challenge.ChallengeLinks;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.notification.MailComposer.MailRequest;
import org.pilotbridge.shared.PublicLinks;

/**
 * Tells the members of a company about the catalogue: a solution published or refused by
 * a platform administrator, a new challenge that matches their solutions (unless the
 * company turned that off, which the catalogue module checks before publishing the
 * event), and an agency's invitation to look at a challenge. Each member gets an e-mail
 * and an in-app notification, in their language.
 */
@Component
class CatalogueNotifications {

	private static final String MY_SOLUTIONS = "/company/solutions";

	private final MailOutbox mails;

	private final InboxWriter inbox;

	private final OrganisationDirectory organisations;

	private final MessageSource messages;

	private final PublicLinks links;

	CatalogueNotifications(MailOutbox mails, InboxWriter inbox, OrganisationDirectory organisations,
			MessageSource messages, PublicLinks links) {
		this.mails = mails;
		this.inbox = inbox;
		this.organisations = organisations;
		this.messages = messages;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(SolutionPublished event) {
		tellMembers(event.company(), event.firstTime() ? "solution-published" : "solution-updated",
				List.of(event.name()), SolutionQuery.pathOf(event.reference()), event.auditRecord().id().toString());
	}

	@ApplicationModuleListener
	void on(SolutionRejected event) {
		tellMembers(event.company(), "solution-rejected", List.of(event.name(), event.reason()), MY_SOLUTIONS,
				event.auditRecord().id().toString());
	}

	@ApplicationModuleListener
	void on(MatchingChallengePublished event) {
		tellMembers(event.company(), "challenge-match",
				List.of(event.challengeTitle(), String.join(", ", event.solutionNames())),
				ChallengeLinks.page(event.challengeReference()), "match/" + event.challenge() + "/" + event.company());
	}

	@ApplicationModuleListener
	void on(CompanyInvitedToChallenge event) {
		var message = event.message().isBlank() ? "" : event.message();
		tellMembers(event.company(),
				event.message().isBlank() ? "challenge-invitation" : "challenge-invitation-message",
				List.of(event.challengeTitle(), event.agencyName(), event.solutionName(), message),
				ChallengeLinks.page(event.challengeReference()), event.auditRecord().id().toString());
	}

	private void tellMembers(OrganisationId company, String kind, List<Object> arguments, @Nullable String path,
			String uniqueness) {
		organisations.members(company)
			.forEach(member -> organisations.person(member)
				.ifPresent(person -> tell(person, kind, arguments, path, uniqueness)));
	}

	/** An e-mail and an in-app notification, in the person's language. */
	private void tell(PersonSummary person, String kind, List<Object> arguments, @Nullable String path,
			String uniqueness) {
		if (!person.active()) {
			return;
		}
		mails.queue(new MailRequest(person.email(), person.displayName(), person.language(), kind, arguments, arguments,
				path == null ? null : links.to(path), false, uniqueness));
		inbox.notify(person.id(),
				messages.getMessage("notice." + kind, arguments.toArray(), person.language().locale()), path,
				Tokens.hash(person.id() + "/" + kind + "/" + uniqueness));
	}

}
