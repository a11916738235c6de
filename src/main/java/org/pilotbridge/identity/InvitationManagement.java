package org.pilotbridge.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.shared.EmailAddress;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;

/**
 * Invitations to join an organisation: sent by its administrators, accepted through a single-use,
 * expiring link by whoever signs in with it.
 */
@Service
@Transactional
public class InvitationManagement {

	private final Invitations invitations;

	private final Organisations organisations;

	private final People people;

	private final CurrentPerson current;

	private final PublicLinks links;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvitationManagement(Invitations invitations, Organisations organisations, People people, CurrentPerson current,
			PublicLinks links, IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.organisations = organisations;
		this.people = people;
		this.current = current;
		this.links = links;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Invites someone by e-mail; an earlier unanswered invitation of the same address is replaced.
	 *
	 * @throws InvalidInput when the address is malformed, the role does not fit the organisation, or
	 * the address belongs to a member already
	 */
	@PreAuthorize("isAuthenticated()")
	public InvitationId invite(OrganisationId organisationId, String email, MembershipRole role, Language language) {
		var inviter = current.required();
		var organisation = organisations.findById(organisationId.id())
			.orElseThrow(() -> new OrganisationNotFound(organisationId));
		if (!organisation.isAdministeredBy(inviter)) {
			throw new AccessDeniedException("Only administrators of the organisation may invite");
		}
		var address = EmailAddress.of(email);
		if (!organisation.kind().roles().contains(role)) {
			throw InvalidInput.of("role", "validation.required");
		}
		var alreadyMember = organisation.memberships()
			.stream()
			.anyMatch(m -> people.findById(m.personId()).map(p -> p.email().equals(address.value())).orElse(false));
		if (alreadyMember) {
			throw InvalidInput.of("email", "identity.invitation.already-member");
		}
		var now = clock.instant();
		invitations.findUnanswered(organisationId.id(), address.value()).forEach(old -> {
			old.revoke(now);
			invitations.save(old);
		});
		var token = Tokens.newToken();
		var invitation = invitations.save(Invitation.create(organisationId, address.value(), role, Tokens.hash(token),
				inviter, now, now.plus(properties.invitationValidity())));
		var inviterName = people.findById(inviter.id()).map(Person::displayName).orElse("");
		events.publishEvent(new InvitationSent(invitation.id(), organisationId, organisation.name(), inviterName,
				address.value(), role, language, links.to("/invitations/" + token),
				current.auditRecord("invitation.sent", "organisation", organisationId,
						Map.of("invitation", invitation.id().toString(), "email", address.value(), "role", role.name()))));
		return invitation.id();
	}

	/** What the link leads to, for the page shown before accepting; anyone holding the link may see it. */
	@Transactional(readOnly = true)
	public Optional<InvitationPreview> preview(String token) {
		return invitations.findByTokenHash(Tokens.hash(token)).flatMap(invitation -> organisations
			.findById(invitation.organisationId().id())
			.map(organisation -> new InvitationPreview(organisation.name(), organisation.kind(), invitation.role(),
					invitation.email(), invitation.isOpenAt(clock.instant()))));
	}

	/**
	 * Makes the signed-in person a member with the invited role and their active organisation.
	 *
	 * @throws InvalidInput when the link is unknown, used, revoked or expired
	 */
	@PreAuthorize("isAuthenticated()")
	public OrganisationId accept(String token) {
		var person = current.required();
		var now = clock.instant();
		var invitation = invitations.findByTokenHash(Tokens.hash(token))
			.orElseThrow(() -> InvalidInput.of("token", "identity.invitation.unknown"));
		if (!invitation.isOpenAt(now)) {
			throw InvalidInput.of("token", "identity.invitation.closed");
		}
		var organisation = organisations.findById(invitation.organisationId().id())
			.orElseThrow(() -> new OrganisationNotFound(invitation.organisationId()));
		invitation.accept(person, now);
		invitations.save(invitation);
		organisation.grant(person, invitation.role(), now);
		organisations.save(organisation);
		current.activate(organisation.id());
		events.publishEvent(new InvitationAccepted(organisation.id(), person, invitation.role(),
				current.auditRecord("invitation.accepted", "organisation", organisation.id(),
						Map.of("invitation", invitation.id().toString(), "role", invitation.role().name()))));
		events.publishEvent(new MembershipGranted(organisation.id(), person, invitation.role(),
				current.auditRecord("membership.granted", "organisation", organisation.id(),
						Map.of("person", person.toString(), "role", invitation.role().name()))));
		return organisation.id();
	}

	@PreAuthorize("isAuthenticated()")
	public void revoke(InvitationId id) {
		var invitation = invitations.findById(id.id()).orElseThrow(() -> InvalidInput.of("token", "identity.invitation.unknown"));
		var organisation = organisations.findById(invitation.organisationId().id())
			.orElseThrow(() -> new OrganisationNotFound(invitation.organisationId()));
		if (!organisation.isAdministeredBy(current.required())) {
			throw new AccessDeniedException("Only administrators of the organisation may revoke invitations");
		}
		invitation.revoke(clock.instant());
		invitations.save(invitation);
	}

	/** The invitations still waiting for an answer, for the organisation's administrators. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<PendingInvitation> pending(OrganisationId organisationId) {
		var organisation = organisations.findById(organisationId.id())
			.orElseThrow(() -> new OrganisationNotFound(organisationId));
		if (!organisation.isAdministeredBy(current.required())) {
			throw new AccessDeniedException("Only administrators of the organisation may see invitations");
		}
		return invitations.findOpen(organisationId.id(), clock.instant())
			.stream()
			.map(i -> new PendingInvitation(i.id(), i.email(), i.role(), i.createdAt(), i.expiresAt()))
			.toList();
	}

	public record PendingInvitation(InvitationId id, String email, MembershipRole role, java.time.Instant sentAt,
			java.time.Instant expiresAt) {
	}

}
