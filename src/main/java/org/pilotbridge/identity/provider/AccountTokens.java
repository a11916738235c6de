package org.pilotbridge.identity.provider;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountTokens extends ListCrudRepository<AccountToken, UUID> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	/** Ends every link of the account for the purpose that can still be used. */
	@Modifying
	@Query("""
			UPDATE account_token SET used_at = :now, version = version + 1
			WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL
			""")
	int endAll(UUID account, String purpose, Instant now);

	/** Ends every link of the account that can still be used, whatever it was for. */
	@Modifying
	@Query("UPDATE account_token SET used_at = :now, version = version + 1 WHERE account_id = :account AND used_at IS NULL")
	int endAll(UUID account, Instant now);

}
