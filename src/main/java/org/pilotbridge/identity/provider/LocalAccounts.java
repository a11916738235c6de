package org.pilotbridge.identity.provider;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface LocalAccounts extends ListCrudRepository<LocalAccount, UUID> {

	Optional<LocalAccount> findByEmail(String email);

}
