package org.pilotbridge.pilot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Pilots extends ListCrudRepository<Pilot, UUID> {

	@Query("SELECT * FROM pilot WHERE reference = :reference")
	Optional<Pilot> findByReference(String reference);

	@Query("SELECT id FROM pilot WHERE id = :id FOR NO KEY UPDATE")
	Optional<UUID> lock(UUID id);

	@Query("SELECT * FROM pilot WHERE challenge_id = :challenge ORDER BY length(reference), reference")
	List<Pilot> findByChallenge(UUID challenge);

	@Query("SELECT * FROM pilot WHERE agency_id IN (:agencies) OR company_id IN (:companies) ORDER BY awarded_at DESC, reference")
	List<Pilot> findByParticipants(List<UUID> agencies, List<UUID> companies);

	@Query("SELECT * FROM pilot WHERE results_published_at IS NOT NULL ORDER BY results_published_at DESC, reference")
	List<Pilot> findPublished();

}
