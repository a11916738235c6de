package org.pilotbridge.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Consultations extends ListCrudRepository<Consultation, UUID> {

	@Query("SELECT * FROM consultation WHERE reference = :reference")
	Optional<Consultation> findByReference(String reference);

	@Query("SELECT * FROM consultation WHERE agency_id = :agency ORDER BY published_at DESC, id")
	List<Consultation> findByAgency(UUID agency);

	@Query("SELECT * FROM consultation WHERE closes_at > :now ORDER BY closes_at, id LIMIT :limit OFFSET :offset")
	List<Consultation> findOpen(Instant now, int offset, int limit);

	@Query("SELECT * FROM consultation WHERE closes_at <= :now ORDER BY closes_at DESC, id LIMIT :limit OFFSET :offset")
	List<Consultation> findClosed(Instant now, int offset, int limit);

	@Query("SELECT id FROM consultation WHERE id = :id FOR NO KEY UPDATE")
	Optional<UUID> lock(UUID id);

}
