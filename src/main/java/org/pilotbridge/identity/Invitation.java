package org.pilotbridge.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation to join an organisation, sent by e-mail as a link with a single-use
 * token. Only the token's SHA-256 hash is stored.
 */
@Table("invitation")
public class Invitation {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID organisationId;

	private final String email;

	private final MembershipRole role;

	private final String tokenHash;

	private final UUID invitedBy;

	private final Instant createdAt;

	private final Instant expiresAt;

	private @Nullable Instant acceptedAt;

	private @Nullable UUID acceptedBy;

	private @Nullable Instant revokedAt;

	@PersistenceCreator
	Invitation(UUID id, @Nullable Integer version, UUID organisationId, String email, MembershipRole role,
			String tokenHash, UUID invitedBy, Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt,
			@Nullable UUID acceptedBy, @Nullable Instant revokedAt) {
		this.id = id;
		this.version = version;
		this.organisationId = organisationId;
		this.email = email;
		this.role = role;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.acceptedAt = acceptedAt;
		this.acceptedBy = acceptedBy;
		this.revokedAt = revokedAt;
	}

	static Invitation create(OrganisationId organisation, String email, MembershipRole role, String tokenHash,
			PersonId invitedBy, Instant now, Instant expiresAt) {
		return new Invitation(UUID.randomUUID(), null, organisation.id(), email, role, tokenHash, invitedBy.id(), now,
				expiresAt, null, null, null);
	}

	public InvitationId id() {
		return new InvitationId(id);
	}

	public OrganisationId organisationId() {
		return new OrganisationId(organisationId);
	}

	public String email() {
		return email;
	}

	public MembershipRole role() {
		return role;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public boolean isAccepted() {
		return acceptedAt != null;
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

	public boolean isOpenAt(Instant now) {
		return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
	}

	void accept(PersonId person, Instant now) {
		if (!isOpenAt(now)) {
			throw new IllegalStateException("Invitation " + id + " can no longer be accepted");
		}
		this.acceptedAt = now;
		this.acceptedBy = person.id();
	}

	void revoke(Instant now) {
		this.revokedAt = now;
	}

}
