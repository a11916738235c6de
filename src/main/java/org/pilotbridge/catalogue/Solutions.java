package org.pilotbridge.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The solutions. Queries return ids and the aggregates are loaded by id, so that the
 * published version (a table of its own) is always loaded with them.
 */
interface Solutions extends ListCrudRepository<Solution, UUID> {

	/**
	 * Takes the row lock that serialises every change of a solution until the transaction
	 * ends.
	 */
	@Query("SELECT id FROM solution WHERE id = :id FOR NO KEY UPDATE")
	Optional<UUID> lock(UUID id);

	@Query("SELECT id FROM solution WHERE reference = :reference")
	Optional<UUID> idByReference(String reference);

	@Query("SELECT id FROM solution WHERE company_id = :company ORDER BY updated_at DESC, id")
	List<UUID> idsByCompany(UUID company);

	@Query("SELECT id FROM solution WHERE state = 'PENDING' ORDER BY submitted_at, id")
	List<UUID> pendingIds();

}
