package org.pilotbridge.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.shared.InvalidInput;

/**
 * What people see of organisations: their own, the details of one they belong to,
 * candidates to join, and for platform administrators all of them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationQuery {

	private static final int JOIN_CANDIDATES = 20;

	private final Organisations organisations;

	private final People people;

	private final CurrentPerson current;

	private final AgencyDecisionRules decisionRules;

	OrganisationQuery(Organisations organisations, People people, CurrentPerson current,
			AgencyDecisionRules decisionRules) {
		this.decisionRules = decisionRules;
		this.organisations = organisations;
		this.people = people;
		this.current = current;
	}

	public List<MyOrganisation> mine() {
		var me = current.required();
		return organisations.findByMember(me.id())
			.stream()
			.map(o -> new MyOrganisation(o.id(), o.name(), o.kind(), o.roleOf(me).orElseThrow(), o.verificationState()))
			.toList();
	}

	/**
	 * The current person, who must be a member of the company to act for it.
	 * @param rejectedKey the message telling a company a platform administrator refused
	 * to verify that it cannot take part in what the caller offers
	 * @throws AccessDeniedException when they are not a member, or it is not a company
	 * @throws InvalidInput when a platform administrator refused to verify the company
	 */
	public PersonId requireCompanyMember(OrganisationId company, String rejectedKey) {
		var me = current.required();
		var organisation = organisations.findById(company.id())
			.filter(o -> o.kind() == OrganisationKind.COMPANY && o.roleOf(me).isPresent())
			.orElseThrow(() -> new AccessDeniedException("Only members of the company may do this"));
		if (organisation.verificationState() == VerificationState.REJECTED) {
			throw InvalidInput.of("company", rejectedKey);
		}
		return me;
	}

	/** The organisation the person acts for: the one chosen, or else their first. */
	/**
	 * The decision rules of the agency the current person acts for (the standstill period
	 * its editor proposes); the defaults for anyone else.
	 */
	public DecisionRules activeDecisionRules() {
		return active().filter(organisation -> organisation.kind() == OrganisationKind.AGENCY)
			.map(agency -> decisionRules.of(agency.id()))
			.orElse(DecisionRules.DEFAULT);
	}

	public Optional<MyOrganisation> active() {
		return activeAmong(mine());
	}

	/**
	 * The company the person acts for: the organisation chosen if it is a company they
	 * belong to, or else their first company; empty for someone in no company.
	 */
	public Optional<MyOrganisation> activeCompany() {
		return activeAmong(mine().stream().filter(o -> o.kind() == OrganisationKind.COMPANY).toList());
	}

	private Optional<MyOrganisation> activeAmong(List<MyOrganisation> candidates) {
		var chosen = current.activeOrganisation();
		return chosen.flatMap(id -> candidates.stream().filter(o -> o.id().equals(id)).findFirst())
			.or(() -> candidates.stream().findFirst());
	}

	/**
	 * The full description, members and open requests, for members and platform
	 * administrators.
	 */
	public OrganisationDetails details(OrganisationId id) {
		var organisation = organisations.findById(id.id()).orElseThrow(() -> new OrganisationNotFound(id));
		var me = current.required();
		if (organisation.roleOf(me).isEmpty() && !current.isPlatformAdmin()) {
			throw new AccessDeniedException("Only members see the details of an organisation");
		}
		var members = organisation.memberships()
			.stream()
			.map(m -> people.findById(m.personId())
				.map(p -> new Member(p.id(), p.displayName(), p.email(), m.role(), m.since(), p.isActive(),
						m.authorisingOfficer())))
			.flatMap(Optional::stream)
			.toList();
		var administrator = organisation.isAdministeredBy(me);
		var requests = administrator ? organisation.joinRequests()
			.stream()
			.map(r -> people.findById(r.personId())
				.map(p -> new PendingJoinRequest(r.id(), p.id(), p.displayName(), p.email(), r.message(),
						r.requestedAt())))
			.flatMap(Optional::stream)
			.toList() : List.<PendingJoinRequest>of();
		return new OrganisationDetails(OrganisationSummary.of(organisation), organisation.street(),
				organisation.postalCode(), organisation.website().orElse(null),
				organisation.rejectionReason().orElse(null), organisation.createdAt(), members, requests, administrator,
				decisionRules.of(id));
	}

	/** Organisations whose name or enterprise number matches, to ask to join one. */
	public List<OrganisationSummary> findToJoin(String text) {
		var query = text == null ? "" : text.strip();
		if (query.length() < 2) {
			return List.of();
		}
		return organisations.search("", query, JOIN_CANDIDATES, 0)
			.stream()
			.filter(o -> o.verificationState() != VerificationState.REJECTED)
			.map(OrganisationSummary::of)
			.toList();
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public List<OrganisationSummary> list(@Nullable VerificationState state, String text, int offset, int limit) {
		return organisations.search(state == null ? "" : state.name(), text == null ? "" : text.strip(), limit, offset)
			.stream()
			.map(OrganisationSummary::of)
			.toList();
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public long count(@Nullable VerificationState state, String text) {
		return organisations.count(state == null ? "" : state.name(), text == null ? "" : text.strip());
	}

	public record MyOrganisation(OrganisationId id, String name, OrganisationKind kind, MembershipRole role,
			VerificationState verificationState) {

		public boolean administers() {
			return role == kind.administeringRole();
		}

	}

	public record OrganisationDetails(OrganisationSummary summary, String street, String postalCode,
			@Nullable String website, @Nullable String rejectionReason, Instant registeredAt, List<Member> members,
			List<PendingJoinRequest> joinRequests, boolean administeredByMe, DecisionRules decisionRules) {
	}

	public record Member(PersonId id, String name, String email, MembershipRole role, Instant since, boolean active,
			boolean authorisingOfficer) {
	}

	public record PendingJoinRequest(UUID id, PersonId person, String name, String email, String message,
			Instant requestedAt) {
	}

}
