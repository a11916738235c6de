package org.pilotbridge.identity.provider;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.shared.Language;

/**
 * An account of the built-in OpenID Connect provider: an e-mail address as login, a
 * password hash, and what protects it against guessing. Its id is the subject the
 * provider issues.
 */
@Table("local_account")
public class LocalAccount {

	public static final int PASSWORD_MIN_LENGTH = 12;

	public static final int PASSWORD_MAX_LENGTH = 128;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final String email;

	private String displayName;

	private String passwordHash;

	private boolean emailVerified;

	private Language preferredLanguage;

	private int failedAttempts;

	private @Nullable Instant lockedUntil;

	private final Instant createdAt;

	private @Nullable Instant sessionsRevokedAt;

	@PersistenceCreator
	LocalAccount(UUID id, @Nullable Integer version, String email, String displayName, String passwordHash,
			boolean emailVerified, Language preferredLanguage, int failedAttempts, @Nullable Instant lockedUntil,
			Instant createdAt, @Nullable Instant sessionsRevokedAt) {
		this.id = id;
		this.version = version;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.emailVerified = emailVerified;
		this.preferredLanguage = preferredLanguage;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.createdAt = createdAt;
		this.sessionsRevokedAt = sessionsRevokedAt;
	}

	static LocalAccount register(String email, String displayName, String passwordHash, Language language,
			Instant now) {
		return new LocalAccount(UUID.randomUUID(), null, email, displayName, passwordHash, false, language, 0, null,
				now, null);
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public boolean isEmailVerified() {
		return emailVerified;
	}

	public Language preferredLanguage() {
		return preferredLanguage;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	@Nullable Instant sessionsRevokedAt() {
		return sessionsRevokedAt;
	}

	void confirmEmail() {
		this.emailVerified = true;
	}

	/** Counts a wrong password; returns whether this attempt locked the account. */
	boolean failedSignIn(int maxAttempts, Duration lockout, Instant now) {
		if (lockedUntil != null && !now.isBefore(lockedUntil)) {
			failedAttempts = 0;
			lockedUntil = null;
		}
		failedAttempts++;
		if (failedAttempts >= maxAttempts && lockedUntil == null) {
			lockedUntil = now.plus(lockout);
			return true;
		}
		return false;
	}

	void succeededSignIn() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	/**
	 * A new password also proves the address (the reset link went there) and ends other
	 * sessions.
	 */
	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.emailVerified = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.sessionsRevokedAt = now;
	}

	void revokeSessions(Instant now) {
		this.sessionsRevokedAt = now;
	}

}
