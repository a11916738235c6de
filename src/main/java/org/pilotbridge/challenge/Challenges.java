package org.pilotbridge.challenge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Challenges extends ListCrudRepository<Challenge, UUID> {

	/**
	 * Takes the row lock that serialises every change of a challenge with its closing and
	 * with submissions, until the transaction ends. {@code NO KEY UPDATE} rather than
	 * {@code UPDATE}: rows that only refer to the challenge (questions, follows) can
	 * still be inserted meanwhile.
	 */
	@Query("SELECT id FROM challenge WHERE id = :id FOR NO KEY UPDATE")
	Optional<UUID> lock(UUID id);

	@Query("SELECT * FROM challenge WHERE reference = :reference")
	Optional<Challenge> findByReference(String reference);

	/** The published challenges whose deadline is at or before that time, to close. */
	@Query("SELECT id FROM challenge WHERE state = 'PUBLISHED' AND proposals_deadline <= :deadline ORDER BY proposals_deadline")
	List<UUID> findDue(Instant deadline);

	@Query("SELECT * FROM challenge WHERE agency_id = :agency ORDER BY created_at DESC")
	List<Challenge> findByAgency(UUID agency);

}
