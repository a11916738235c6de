package org.pilotbridge.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.AuditTrail;
import org.pilotbridge.shared.EmailAddress;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.PublicLinks;

/**
 * Invitations to join an organisation: sent by its administrators to an address, accepted
 * through a single-use, expiring link, only by the person signed in with that address,
 * proven. Holding the link is not enough: a forwarded or intercepted link lets nobody
 * else in.
 *
 * @see "Design decision: docs/decisions/DD024-20261207-panel-independence.md"
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

	/** Absent only where the identity module is tested alone. */
	private final ObjectProvider<AuditTrail> auditTrail;

	private final Clock clock;

	InvitationManagement(Invitations invitations, Organisations organisations, People people, CurrentPerson current,
			PublicLinks links, IdentityProperties properties, ApplicationEventPublisher events,
			ObjectProvider<AuditTrail> auditTrail, Clock clock) {
		this.invitations = invitations;
		this.auditTrail = auditTrail;
		this.organisations = organisations;
		this.people = people;
		this.current = current;
		this.links = links;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Invites someone by e-mail; an earlier unanswered invitation of the same address is
	 * replaced.
	 * @throws InvalidInput when the address is malformed, the role does not fit the
	 * organisation, or the address belongs to a member already
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
				current.auditRecord("invitation.sent", "organisation", organisationId, Map.of("invitation",
						invitation.id().toString(), "email", address.value(), "role", role.name()))));
		return invitation.id();
	}

	/**
	 * What the link leads to, for the page shown before accepting; anyone holding the
	 * link may see it, with the address it was sent to masked ({@code e…@example.org}).
	 */
	@Transactional(readOnly = true)
	public Optional<InvitationPreview> preview(String token) {
		return invitations.findByTokenHash(Tokens.hash(token == null ? "" : token))
			.flatMap(invitation -> organisations.findById(invitation.organisationId().id())
				.map(organisation -> new InvitationPreview(organisation.name(), organisation.kind(), invitation.role(),
						EmailAddress.of(invitation.email()).masked(), invitation.isOpenAt(clock.instant()),
						current.id().map(person -> isAddressee(person, invitation)).orElse(false))));
	}

	/**
	 * Makes the signed-in person a member with the invited role and their active
	 * organisation. Only the person whose proven address the invitation was sent to may
	 * accept it; anyone else holding the link is refused (the attempt is in the audit
	 * trail) and nothing changes.
	 * @throws InvalidInput when the link is unknown, used, revoked or expired
	 * ({@code identity.invitation.unknown}, {@code .closed}), or when the person signed
	 * in has not proven the address it was sent to
	 * ({@code identity.invitation.other-address}, with the address masked)
	 */
	@PreAuthorize("isAuthenticated()")
	public OrganisationId accept(String token) {
		var person = current.required();
		var now = clock.instant();
		var invitation = invitations.findByTokenHash(Tokens.hash(token == null ? "" : token))
			.orElseThrow(() -> InvalidInput.of("token", "identity.invitation.unknown"));
		if (!invitation.isOpenAt(now)) {
			throw InvalidInput.of("token", "identity.invitation.closed");
		}
		if (!isAddressee(person, invitation)) {
			var refusal = current.auditRecord("invitation.refused", "organisation", invitation.organisationId(),
					Map.of("invitation", invitation.id().toString(), "reason", "other-address"));
			auditTrail.ifAvailable(trail -> trail.record(refusal));
			throw InvalidInput.of("token", "identity.invitation.other-address",
					EmailAddress.of(invitation.email()).masked());
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

	/** Whether the person has proven the address the invitation was sent to. */
	private boolean isAddressee(PersonId person, Invitation invitation) {
		return people.findById(person.id())
			.filter(Person::isEmailVerified)
			.filter(found -> found.email().equals(invitation.email()))
			.isPresent();
	}

	@PreAuthorize("isAuthenticated()")
	public void revoke(InvitationId id) {
		var invitation = invitations.findById(id.id())
			.orElseThrow(() -> InvalidInput.of("token", "identity.invitation.unknown"));
		var organisation = organisations.findById(invitation.organisationId().id())
			.orElseThrow(() -> new OrganisationNotFound(invitation.organisationId()));
		if (!organisation.isAdministeredBy(current.required())) {
			throw new AccessDeniedException("Only administrators of the organisation may revoke invitations");
		}
		invitation.revoke(clock.instant());
		invitations.save(invitation);
	}

	/**
	 * The invitations still waiting for an answer, for the organisation's administrators.
	 */
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
