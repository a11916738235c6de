package org.pilotbridge.proposal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Proposals extends ListCrudRepository<Proposal, UUID> {

	@Query("SELECT * FROM proposal WHERE challenge_id = :challenge AND company_id = :company")
	Optional<Proposal> findByChallengeAndCompany(UUID challenge, UUID company);

	@Query("SELECT * FROM proposal WHERE company_id = :company ORDER BY created_at DESC, id")
	List<Proposal> findByCompany(UUID company);

	@Query("SELECT * FROM proposal WHERE challenge_id = :challenge AND latest_version > 0 ORDER BY created_at, id")
	List<Proposal> findEverSubmitted(UUID challenge);

	@Query("SELECT * FROM proposal WHERE challenge_id = :challenge AND state = 'SUBMITTED' ORDER BY submitted_at, id")
	List<Proposal> findSubmitted(UUID challenge);

}
