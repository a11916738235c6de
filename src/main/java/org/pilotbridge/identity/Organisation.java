package org.pilotbridge.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency or a company, with its members and the requests of people who want to join
 * it. A platform administrator verifies that it is who it says it is.
 */
@Table("organisation")
public class Organisation {

	public static final int NAME_MAX_LENGTH = 200;

	public static final int STREET_MAX_LENGTH = 200;

	public static final int POSTAL_CODE_MAX_LENGTH = 20;

	public static final int CITY_MAX_LENGTH = 100;

	public static final int WEBSITE_MAX_LENGTH = 300;

	public static final int REASON_MAX_LENGTH = 1000;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final OrganisationKind kind;

	private String name;

	private String country;

	private String street;

	private String postalCode;

	private String city;

	private @Nullable String website;

	private @Nullable String enterpriseNumber;

	private @Nullable SizeClass sizeClass;

	private VerificationState verificationState;

	private @Nullable String rejectionReason;

	private final Instant createdAt;

	private @Nullable Instant verifiedAt;

	@MappedCollection(idColumn = "organisation_id")
	private final Set<Membership> memberships;

	@MappedCollection(idColumn = "organisation_id")
	private final Set<JoinRequest> joinRequests;

	@PersistenceCreator
	Organisation(UUID id, @Nullable Integer version, OrganisationKind kind, String name, String country, String street,
			String postalCode, String city, @Nullable String website, @Nullable String enterpriseNumber,
			@Nullable SizeClass sizeClass, VerificationState verificationState, @Nullable String rejectionReason,
			Instant createdAt, @Nullable Instant verifiedAt, Set<Membership> memberships,
			Set<JoinRequest> joinRequests) {
		this.id = id;
		this.version = version;
		this.kind = kind;
		this.name = name;
		this.country = country;
		this.street = street;
		this.postalCode = postalCode;
		this.city = city;
		this.website = website;
		this.enterpriseNumber = enterpriseNumber;
		this.sizeClass = sizeClass;
		this.verificationState = verificationState;
		this.rejectionReason = rejectionReason;
		this.createdAt = createdAt;
		this.verifiedAt = verifiedAt;
		this.memberships = new HashSet<>(memberships);
		this.joinRequests = new HashSet<>(joinRequests);
	}

	static Organisation register(OrganisationData data, PersonId founder, Instant now) {
		var organisation = new Organisation(UUID.randomUUID(), null, data.kind(), "", "", "", "", "", null, null, null,
				VerificationState.PENDING, null, now, null, Set.of(), Set.of());
		organisation.describe(data);
		organisation.memberships.add(new Membership(founder.id(), data.kind().administeringRole(), now, false));
		return organisation;
	}

	public OrganisationId id() {
		return new OrganisationId(id);
	}

	public OrganisationKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public String country() {
		return country;
	}

	public String street() {
		return street;
	}

	public String postalCode() {
		return postalCode;
	}

	public String city() {
		return city;
	}

	public Optional<String> website() {
		return Optional.ofNullable(website);
	}

	public Optional<EnterpriseNumber> enterpriseNumber() {
		return Optional.ofNullable(enterpriseNumber).map(number -> new EnterpriseNumber(country, number));
	}

	public Optional<SizeClass> sizeClass() {
		return Optional.ofNullable(sizeClass);
	}

	public VerificationState verificationState() {
		return verificationState;
	}

	public Optional<String> rejectionReason() {
		return Optional.ofNullable(rejectionReason);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Optional<Instant> verifiedAt() {
		return Optional.ofNullable(verifiedAt);
	}

	public List<Membership> memberships() {
		return memberships.stream().sorted(Comparator.comparing(Membership::since)).toList();
	}

	public List<JoinRequest> joinRequests() {
		return joinRequests.stream().sorted(Comparator.comparing(JoinRequest::requestedAt)).toList();
	}

	public Optional<MembershipRole> roleOf(PersonId person) {
		return memberships.stream().filter(m -> m.personId().equals(person.id())).map(Membership::role).findFirst();
	}

	public boolean isAdministeredBy(PersonId person) {
		return roleOf(person).filter(role -> role == kind.administeringRole()).isPresent();
	}

	/** Takes new descriptive data; a changed enterprise number must be verified again. */
	void describe(OrganisationData data) {
		var number = data.enterpriseNumber() == null ? null : data.enterpriseNumber().value();
		var identityChanged = number != null && !number.equals(enterpriseNumber) && enterpriseNumber != null;
		this.name = data.name();
		this.country = data.country();
		this.street = data.street();
		this.postalCode = data.postalCode();
		this.city = data.city();
		this.website = data.website();
		this.enterpriseNumber = number;
		this.sizeClass = data.sizeClass();
		if (identityChanged) {
			this.verificationState = VerificationState.PENDING;
			this.verifiedAt = null;
		}
	}

	void verify(Instant now) {
		this.verificationState = VerificationState.VERIFIED;
		this.rejectionReason = null;
		this.verifiedAt = now;
	}

	void reject(String reason) {
		this.verificationState = VerificationState.REJECTED;
		this.rejectionReason = reason;
		this.verifiedAt = null;
	}

	void grant(PersonId person, MembershipRole role, Instant now) {
		if (!kind.roles().contains(role)) {
			throw new IllegalArgumentException(role + " is not a role of " + kind);
		}
		var authorising = isAuthorisingOfficer(person);
		memberships.removeIf(m -> m.personId().equals(person.id()));
		memberships.add(new Membership(person.id(), role, now, authorising));
		joinRequests.removeIf(request -> request.personId().equals(person.id()));
	}

	/**
	 * Whether the person signs off the agency's decisions, besides their role: only an
	 * agency's member can.
	 */
	public boolean isAuthorisingOfficer(PersonId person) {
		return memberships.stream().anyMatch(m -> m.personId().equals(person.id()) && m.authorisingOfficer());
	}

	void appointAuthorisingOfficer(PersonId person, boolean appointed) {
		var membership = memberships.stream()
			.filter(m -> m.personId().equals(person.id()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(person + " is not a member"));
		memberships.remove(membership);
		memberships.add(new Membership(membership.personId(), membership.role(), membership.since(), appointed));
	}

	void revoke(PersonId person) {
		memberships.removeIf(m -> m.personId().equals(person.id()));
	}

	long administratorCount() {
		return memberships.stream().filter(m -> m.role() == kind.administeringRole()).count();
	}

	JoinRequest requestToJoin(PersonId person, String message, Instant now) {
		var request = new JoinRequest(UUID.randomUUID(), person.id(), message, now);
		joinRequests.removeIf(existing -> existing.personId().equals(person.id()));
		joinRequests.add(request);
		return request;
	}

	Optional<JoinRequest> joinRequest(UUID requestId) {
		return joinRequests.stream().filter(request -> request.id().equals(requestId)).findFirst();
	}

	void dismiss(JoinRequest request) {
		joinRequests.remove(request);
	}

	/**
	 * A person's role in the organisation since a given moment.
	 *
	 * @param authorisingOfficer whether the person also approves the agency's decisions
	 * (an agency's role held besides challenge manager or member)
	 */
	@Table("membership")
	public record Membership(UUID personId, MembershipRole role, Instant since, boolean authorisingOfficer) {
	}

	/**
	 * Someone who asked to become a member; an administrator of the organisation decides.
	 */
	@Table("join_request")
	public record JoinRequest(@Id UUID id, UUID personId, String message, Instant requestedAt) {
	}

}
