package org.pilotbridge.identity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.shared.Language;

/**
 * Someone who signs in. A person is known by one or more identities (issuer and subject
 * of an OpenID Connect provider) and never by e-mail alone, so that an external provider
 * cannot take over an account by claiming its address.
 */
@Table("person")
public class Person {

	public static final int NAME_MAX_LENGTH = 200;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private String email;

	/** Whether the provider the person last signed in with vouched for {@link #email}. */
	private boolean emailVerified;

	private String displayName;

	private Language preferredLanguage;

	private boolean platformAdmin;

	private boolean active;

	private final Instant createdAt;

	private @Nullable Instant deactivatedAt;

	/**
	 * Sessions started before this moment are ended ("sign out everywhere",
	 * deactivation).
	 */
	private @Nullable Instant sessionsRevokedAt;

	@MappedCollection(idColumn = "person_id")
	private final Set<PersonIdentity> identities;

	@PersistenceCreator
	Person(UUID id, @Nullable Integer version, String email, boolean emailVerified, String displayName,
			Language preferredLanguage, boolean platformAdmin, boolean active, Instant createdAt,
			@Nullable Instant deactivatedAt, @Nullable Instant sessionsRevokedAt, Set<PersonIdentity> identities) {
		this.id = id;
		this.version = version;
		this.email = email;
		this.emailVerified = emailVerified;
		this.displayName = displayName;
		this.preferredLanguage = preferredLanguage;
		this.platformAdmin = platformAdmin;
		this.active = active;
		this.createdAt = createdAt;
		this.deactivatedAt = deactivatedAt;
		this.sessionsRevokedAt = sessionsRevokedAt;
		this.identities = new HashSet<>(identities);
	}

	static Person signedUp(String issuer, String subject, String email, boolean emailVerified, String displayName,
			Language language, Instant now) {
		return new Person(UUID.randomUUID(), null, email, emailVerified, displayName, language, false, true, now, null,
				null, Set.of(new PersonIdentity(issuer, subject)));
	}

	public PersonId id() {
		return new PersonId(id);
	}

	public String email() {
		return email;
	}

	/**
	 * Whether the address is proven to be the person's: the built-in provider confirmed
	 * it by mail, or another provider said so ({@code email_verified}) at the last
	 * sign-in.
	 */
	public boolean isEmailVerified() {
		return emailVerified;
	}

	public String displayName() {
		return displayName;
	}

	public Language preferredLanguage() {
		return preferredLanguage;
	}

	public boolean isPlatformAdmin() {
		return platformAdmin;
	}

	public boolean isActive() {
		return active;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant sessionsRevokedAt() {
		return sessionsRevokedAt;
	}

	public Set<PersonIdentity> identities() {
		return Set.copyOf(identities);
	}

	/**
	 * Keeps what the provider says about the person current at each sign-in: the address
	 * it gives, and whether it vouches for it.
	 */
	void refresh(String email, boolean emailVerified, String displayName) {
		this.email = email;
		this.emailVerified = emailVerified;
		this.displayName = displayName;
	}

	void changeProfile(String displayName, Language language) {
		this.displayName = displayName;
		this.preferredLanguage = language;
	}

	void makePlatformAdmin(boolean admin) {
		this.platformAdmin = admin;
	}

	void revokeSessions(Instant now) {
		this.sessionsRevokedAt = now;
	}

	void deactivate(Instant now) {
		if (!active) {
			throw new IllegalStateException("Person " + id + " is already deactivated");
		}
		this.active = false;
		this.deactivatedAt = now;
		this.sessionsRevokedAt = now;
	}

	void reactivate() {
		if (active) {
			throw new IllegalStateException("Person " + id + " is active");
		}
		this.active = true;
		this.deactivatedAt = null;
	}

	/** Whether a session that began at the given moment may go on. */
	public boolean acceptsSessionStartedAt(Instant sessionStart) {
		return active && (sessionsRevokedAt == null || sessionStart.isAfter(sessionsRevokedAt));
	}

	/**
	 * An issuer and subject by which an OpenID Connect provider knows this person.
	 */
	@Table("person_identity")
	public record PersonIdentity(String issuer, String subject) {
	}

}
