package org.pilotbridge.challenge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Questions extends ListCrudRepository<Question, UUID> {

	@Query("SELECT * FROM challenge_question WHERE challenge_id = :challenge AND state = :state ORDER BY asked_at, id")
	List<Question> findByChallengeAndState(UUID challenge, String state);

	@Query("SELECT * FROM challenge_question WHERE challenge_id = :challenge AND asked_by = :person ORDER BY asked_at, id")
	List<Question> findByChallengeAndAsker(UUID challenge, UUID person);

}
