package org.pilotbridge.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.UserText;

/**
 * Registers and describes organisations, lets people join them and their administrators
 * manage who is a member. Platform administrators verify or reject organisations.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OrganisationManagement {

	public static final int JOIN_MESSAGE_MAX_LENGTH = 500;

	private final Organisations organisations;

	private final AgencyDecisionRules decisionRules;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganisationManagement(Organisations organisations, AgencyDecisionRules decisionRules, CurrentPerson current,
			ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.decisionRules = decisionRules;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers an organisation with the current person as its first administrator
	 * (challenge manager or owner) and makes it their active organisation. It waits for
	 * verification.
	 * @throws InvalidInput when an organisation of that kind with that enterprise number
	 * exists
	 */
	public OrganisationId register(OrganisationData data) {
		var founder = current.required();
		if (data.enterpriseNumber() != null) {
			organisations.findByEnterpriseNumber(data.country(), data.enterpriseNumber().value(), data.kind().name())
				.ifPresent(existing -> {
					throw InvalidInput.of(EnterpriseNumber.FIELD, "identity.organisation.already-registered",
							existing.name());
				});
		}
		var organisation = organisations.save(Organisation.register(data, founder, clock.instant()));
		current.activate(organisation.id());
		events.publishEvent(new OrganisationRegistered(organisation.id(), data.kind(), data.name(), founder,
				current.auditRecord("organisation.registered", "organisation", organisation.id(),
						Map.of("kind", data.kind().name(), "name", data.name()))));
		events.publishEvent(new MembershipGranted(organisation.id(), founder, data.kind().administeringRole(),
				current.auditRecord("membership.granted", "organisation", organisation.id(),
						Map.of("person", founder.toString(), "role", data.kind().administeringRole().name()))));
		return organisation.id();
	}

	/** Changes the description; a changed enterprise number has to be verified again. */
	public void update(OrganisationId id, OrganisationData data) {
		var organisation = administeredByCurrentPerson(id);
		if (data.kind() != organisation.kind()) {
			throw InvalidInput.of("kind", "identity.organisation.kind-fixed");
		}
		organisation.describe(data);
		organisations.save(organisation);
		events.publishEvent(new OrganisationUpdated(id, organisation.verificationState(),
				current.auditRecord("organisation.updated", "organisation", id, Map.of("name", data.name()))));
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public void verify(OrganisationId id) {
		var organisation = load(id);
		organisation.verify(clock.instant());
		organisations.save(organisation);
		events.publishEvent(new OrganisationVerified(id, organisation.name(),
				current.auditRecord("organisation.verified", "organisation", id, Map.of())));
	}

	/**
	 * @throws InvalidInput when the reason is missing or too long: the organisation's
	 * members read it
	 */
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public void reject(OrganisationId id, String reason) {
		var text = UserText.clean(reason);
		new InvalidInput.Problems().require(!text.isEmpty(), "reason", "validation.required")
			.require(text.length() <= Organisation.REASON_MAX_LENGTH, "reason", "validation.too-long",
					Organisation.REASON_MAX_LENGTH)
			.throwIfAny();
		var organisation = load(id);
		organisation.reject(text);
		organisations.save(organisation);
		events.publishEvent(new OrganisationRejected(id, organisation.name(), text,
				current.auditRecord("organisation.rejected", "organisation", id, Map.of("reason", text))));
	}

	/** Asks the organisation's administrators to let the current person in. */
	public void requestToJoin(OrganisationId id, String message) {
		var person = current.required();
		var text = UserText.clean(message);
		new InvalidInput.Problems()
			.require(text.length() <= JOIN_MESSAGE_MAX_LENGTH, "message", "validation.too-long",
					JOIN_MESSAGE_MAX_LENGTH)
			.throwIfAny();
		var organisation = load(id);
		if (organisation.roleOf(person).isPresent()) {
			throw InvalidInput.of("organisation", "identity.join.already-member");
		}
		organisation.requestToJoin(person, text, clock.instant());
		organisations.save(organisation);
		events.publishEvent(new JoinRequested(id, person, organisation.name(),
				current.auditRecord("organisation.join-requested", "organisation", id, Map.of())));
	}

	public void approveJoinRequest(OrganisationId id, UUID requestId, MembershipRole role) {
		var organisation = administeredByCurrentPerson(id);
		var request = organisation.joinRequest(requestId)
			.orElseThrow(() -> InvalidInput.of("request", "identity.join.request-gone"));
		var person = new PersonId(request.personId());
		organisation.grant(person, role, clock.instant());
		organisations.save(organisation);
		events.publishEvent(new MembershipGranted(id, person, role, current.auditRecord("membership.granted",
				"organisation", id, Map.of("person", person.toString(), "role", role.name()))));
	}

	/**
	 * The ids of the requests waiting for the current person's decision as administrator.
	 */
	@Transactional(readOnly = true)
	public List<UUID> pendingJoinRequests(OrganisationId id) {
		return administeredByCurrentPerson(id).joinRequests().stream().map(Organisation.JoinRequest::id).toList();
	}

	public void declineJoinRequest(OrganisationId id, UUID requestId) {
		var organisation = administeredByCurrentPerson(id);
		var request = organisation.joinRequest(requestId)
			.orElseThrow(() -> InvalidInput.of("request", "identity.join.request-gone"));
		organisation.dismiss(request);
		organisations.save(organisation);
		events.publishEvent(new JoinRequestDeclined(id, new PersonId(request.personId()), organisation.name(),
				current.auditRecord("organisation.join-declined", "organisation", id,
						Map.of("person", request.personId().toString()))));
	}

	/**
	 * @throws InvalidInput when this would leave the organisation without an
	 * administrator
	 */
	public void changeRole(OrganisationId id, PersonId person, MembershipRole role) {
		var organisation = administeredByCurrentPerson(id);
		var previous = organisation.roleOf(person)
			.orElseThrow(() -> InvalidInput.of("person", "identity.membership.not-a-member"));
		if (previous == organisation.kind().administeringRole() && role != previous
				&& organisation.administratorCount() == 1) {
			throw InvalidInput.of("role", "identity.membership.last-administrator");
		}
		organisation.grant(person, role, clock.instant());
		organisations.save(organisation);
		events.publishEvent(new MembershipGranted(id, person, role, current.auditRecord("membership.role-changed",
				"organisation", id, Map.of("person", person.toString(), "from", previous.name(), "to", role.name()))));
	}

	/**
	 * Removes a member; administrators may remove anyone, anyone may remove themselves
	 * (leave).
	 * @throws InvalidInput when this would leave the organisation without an
	 * administrator
	 */
	public void removeMember(OrganisationId id, PersonId person) {
		var organisation = load(id);
		var me = current.required();
		if (!me.equals(person) && !organisation.isAdministeredBy(me)) {
			throw new AccessDeniedException("Only administrators of the organisation may remove members");
		}
		var role = organisation.roleOf(person)
			.orElseThrow(() -> InvalidInput.of("person", "identity.membership.not-a-member"));
		if (role == organisation.kind().administeringRole() && organisation.administratorCount() == 1) {
			throw InvalidInput.of("person", "identity.membership.last-administrator");
		}
		organisation.revoke(person);
		organisations.save(organisation);
		events.publishEvent(new MembershipRevoked(id, person,
				current.auditRecord("membership.revoked", "organisation", id, Map.of("person", person.toString()))));
	}

	/**
	 * Makes a member of the agency an authorising officer, who approves the decisions the
	 * agency's rules say need approval, or withdraws it. Only the agency's administrators
	 * may.
	 * @throws InvalidInput for a company, or a person who is not a member
	 */
	public void appointAuthorisingOfficer(OrganisationId id, PersonId person, boolean appointed) {
		var organisation = administeredByCurrentPerson(id);
		requireAgency(organisation);
		if (organisation.roleOf(person).isEmpty()) {
			throw InvalidInput.of("person", "identity.membership.not-a-member");
		}
		if (organisation.isAuthorisingOfficer(person) == appointed) {
			return;
		}
		organisation.appointAuthorisingOfficer(person, appointed);
		organisations.save(organisation);
		events.publishEvent(new AuthorisingOfficerAppointed(id, person, appointed,
				current.auditRecord(
						appointed ? "membership.authorising-officer.appointed"
								: "membership.authorising-officer.withdrawn",
						"organisation", id, Map.of("person", person.toString()))));
	}

	/**
	 * Sets which of the agency's decisions need an authorising officer's approval and the
	 * standstill period its challenges start with. Only the agency's administrators may.
	 * @throws InvalidInput for a company, or a standstill period below 0 or above
	 * {@value DecisionRules#MAX_STANDSTILL_DAYS} days
	 */
	public void setDecisionRules(OrganisationId id, DecisionRules rules) {
		var organisation = administeredByCurrentPerson(id);
		requireAgency(organisation);
		if (rules.defaultStandstillDays() < 0 || rules.defaultStandstillDays() > DecisionRules.MAX_STANDSTILL_DAYS) {
			throw InvalidInput.of("defaultStandstillDays", "identity.decision-rules.standstill-range",
					DecisionRules.MAX_STANDSTILL_DAYS);
		}
		decisionRules.save(id, rules, current.required(), clock.instant());
		events.publishEvent(new DecisionRulesChanged(id, rules,
				current.auditRecord("organisation.decision-rules.changed", "organisation", id,
						Map.of("awardNeedsApproval", String.valueOf(rules.awardNeedsApproval()),
								"publicationNeedsApproval", String.valueOf(rules.publicationNeedsApproval()),
								"defaultStandstillDays", String.valueOf(rules.defaultStandstillDays())))));
	}

	private static void requireAgency(Organisation organisation) {
		if (organisation.kind() != OrganisationKind.AGENCY) {
			throw InvalidInput.of("organisation", "identity.authorising-officer.agency-only");
		}
	}

	/** Makes one of the current person's organisations the one they act for. */
	public void switchTo(OrganisationId id) {
		var organisation = load(id);
		if (organisation.roleOf(current.required()).isEmpty()) {
			throw new AccessDeniedException("Not a member of organisation " + id);
		}
		current.activate(id);
	}

	private Organisation administeredByCurrentPerson(OrganisationId id) {
		var organisation = load(id);
		if (!organisation.isAdministeredBy(current.required())) {
			throw new AccessDeniedException("Only administrators of the organisation may do this");
		}
		return organisation;
	}

	private Organisation load(OrganisationId id) {
		return organisations.findById(id.id()).orElseThrow(() -> new OrganisationNotFound(id));
	}

}
