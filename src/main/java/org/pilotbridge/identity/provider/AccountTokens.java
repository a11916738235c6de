package org.pilotbridge.identity.provider;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AccountTokens extends ListCrudRepository<AccountToken, UUID> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

}
