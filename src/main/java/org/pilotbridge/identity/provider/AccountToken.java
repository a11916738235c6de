package org.pilotbridge.identity.provider;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use, expiring secret sent by e-mail to confirm an address or reset a password.
 * Only the SHA-256 hash of the secret is kept.
 */
@Table("account_token")
class AccountToken {

	enum Purpose {

		CONFIRM_EMAIL, RESET_PASSWORD

	}

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID accountId;

	private final Purpose purpose;

	private final String tokenHash;

	private final Instant expiresAt;

	private @Nullable Instant usedAt;

	@PersistenceCreator
	AccountToken(UUID id, @Nullable Integer version, UUID accountId, Purpose purpose, String tokenHash,
			Instant expiresAt, @Nullable Instant usedAt) {
		this.id = id;
		this.version = version;
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
		this.usedAt = usedAt;
	}

	static AccountToken issue(UUID accountId, Purpose purpose, String tokenHash, Instant expiresAt) {
		return new AccountToken(UUID.randomUUID(), null, accountId, purpose, tokenHash, expiresAt, null);
	}

	UUID accountId() {
		return accountId;
	}

	Purpose purpose() {
		return purpose;
	}

	boolean isUsableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
