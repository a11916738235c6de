package org.pilotbridge.challenge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SavedSearches extends ListCrudRepository<SavedSearch, UUID> {

	@Query("SELECT * FROM saved_search WHERE person_id = :person ORDER BY created_at, id")
	List<SavedSearch> findByPerson(UUID person);

	@Query("SELECT * FROM saved_search WHERE frequency = :frequency ORDER BY created_at, id")
	List<SavedSearch> findByFrequency(String frequency);

	@Query("SELECT count(*) FROM saved_search WHERE person_id = :person")
	int countByPerson(UUID person);

}
