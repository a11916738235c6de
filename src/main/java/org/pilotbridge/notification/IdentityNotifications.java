package org.pilotbridge.notification;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.identity.AccountLocked;
import org.pilotbridge.identity.AccountRegistered;
import org.pilotbridge.identity.IdentityLinks;
import org.pilotbridge.identity.InvitationSent;
import org.pilotbridge.identity.JoinRequestDeclined;
import org.pilotbridge.identity.JoinRequested;
import org.pilotbridge.identity.MembershipGranted;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationRejected;
import org.pilotbridge.identity.OrganisationVerified;
import org.pilotbridge.identity.PasswordChanged;
import org.pilotbridge.identity.PasswordResetRequested;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.identity.RegistrationRepeated;
import org.pilotbridge.identity.Tokens;
import org.pilotbridge.notification.MailComposer.MailRequest;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;

/**
 * Tells people about their accounts and organisations: address confirmation, password
 * reset, invitations, verification of their organisation, requests to join and their
 * answers. Every listener may run twice for one event (after a crash) and then still
 * sends one mail.
 */
@Component
class IdentityNotifications {

	private final MailOutbox mails;

	private final InboxWriter inbox;

	private final OrganisationDirectory directory;

	private final MessageSource messages;

	private final PublicLinks links;

	IdentityNotifications(MailOutbox mails, InboxWriter inbox, OrganisationDirectory directory, MessageSource messages,
			PublicLinks links) {
		this.mails = mails;
		this.inbox = inbox;
		this.directory = directory;
		this.messages = messages;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(AccountRegistered event) {
		mails.queue(new MailRequest(event.email(), event.displayName(), event.language(), "account-confirmation",
				List.of(), List.of(), event.link(), true, id(event.auditRecord())));
	}

	@ApplicationModuleListener
	void on(RegistrationRepeated event) {
		mails.queue(new MailRequest(event.email(), null, event.language(), "account-exists", List.of(),
				List.of(event.resetLink()), event.signInLink(), true, id(event.auditRecord())));
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		mails.queue(new MailRequest(event.email(), null, event.language(), "password-reset", List.of(), List.of(),
				event.link(), true, id(event.auditRecord())));
	}

	@ApplicationModuleListener
	void on(PasswordChanged event) {
		mails.queue(new MailRequest(event.email(), null, event.language(), "password-changed", List.of(),
				List.of(links.to(IdentityLinks.forgotPassword())), null, false, id(event.auditRecord())));
	}

	@ApplicationModuleListener
	void on(AccountLocked event) {
		var minutes = Duration.between(event.auditRecord().occurredAt(), event.lockedUntil()).toMinutes();
		mails.queue(new MailRequest(event.email(), null, event.language(), "account-locked", List.of(),
				List.of(minutes, links.to(IdentityLinks.forgotPassword())), null, false, id(event.auditRecord())));
	}

	@ApplicationModuleListener
	void on(InvitationSent event) {
		var role = messages.getMessage(roleKey(event.role()), null, event.language().locale());
		mails.queue(new MailRequest(event.email(), null, event.language(), "invitation",
				List.of(event.organisationName()), List.of(event.inviterName(), event.organisationName(), role),
				event.link(), true, id(event.auditRecord())));
	}

	@ApplicationModuleListener
	void on(OrganisationVerified event) {
		tellMembers(event.organisation(), "organisation-verified", List.of(event.name()), event.auditRecord());
	}

	@ApplicationModuleListener
	void on(OrganisationRejected event) {
		tellMembers(event.organisation(), "organisation-rejected", List.of(event.name(), event.reason()),
				event.auditRecord());
	}

	@ApplicationModuleListener
	void on(JoinRequested event) {
		var requester = directory.person(event.person()).map(PersonSummary::displayName).orElse("");
		var arguments = List.<Object>of(requester, event.organisationName());
		directory.members(event.organisation(), MembershipRole.CHALLENGE_MANAGER, MembershipRole.OWNER)
			.forEach(administrator -> directory.person(administrator)
				.ifPresent(person -> tell(person, "join-requested", arguments, IdentityLinks.organisation(),
						event.auditRecord())));
	}

	@ApplicationModuleListener
	void on(JoinRequestDeclined event) {
		directory.person(event.person())
			.ifPresent(person -> tell(person, "join-declined", List.of(event.organisationName()), null,
					event.auditRecord()));
	}

	@ApplicationModuleListener
	void on(MembershipGranted event) {
		// Founders and people accepting an invitation made themselves members; nobody
		// needs telling.
		if (event.auditRecord().actor().id().equals("person:" + event.person())) {
			return;
		}
		directory.organisation(event.organisation())
			.ifPresent(organisation -> directory.person(event.person()).ifPresent(person -> {
				var role = messages.getMessage(roleKey(event.role()), null, person.language().locale());
				tell(person, "membership-granted", List.of(organisation.name(), role), IdentityLinks.organisation(),
						event.auditRecord());
			}));
	}

	private void tellMembers(OrganisationId organisation, String kind, List<Object> arguments, AuditRecord record) {
		directory.members(organisation)
			.forEach(member -> directory.person(member)
				.ifPresent(person -> tell(person, kind, arguments, IdentityLinks.organisation(), record)));
	}

	/** An e-mail and an in-app notification, both in the person's language. */
	private void tell(PersonSummary person, String kind, List<Object> arguments, @Nullable String path,
			AuditRecord record) {
		if (!person.active()) {
			return;
		}
		mails.queue(new MailRequest(person.email(), person.displayName(), person.language(), kind, arguments, arguments,
				path == null ? null : links.to(path), false, id(record)));
		inbox.notify(person.id(), text(person.language(), "notice." + kind, arguments), path, key(person.id(), record));
	}

	private String text(Language language, String key, List<Object> arguments) {
		return messages.getMessage(key, arguments.toArray(), language.locale());
	}

	private static String roleKey(MembershipRole role) {
		return "identity.role." + role.name().toLowerCase(Locale.ROOT);
	}

	private static String id(AuditRecord record) {
		return record.id().toString();
	}

	private static String key(PersonId person, AuditRecord record) {
		return Tokens.hash(person + "/" + record.id());
	}

}
