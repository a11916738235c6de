package org.pilotbridge.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Invitations extends ListCrudRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	@Query("""
			SELECT * FROM invitation WHERE organisation_id = :organisation
			AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now ORDER BY created_at
			""")
	List<Invitation> findOpen(UUID organisation, Instant now);

	@Query("""
			SELECT * FROM invitation WHERE organisation_id = :organisation AND email = :email
			AND accepted_at IS NULL AND revoked_at IS NULL
			""")
	List<Invitation> findUnanswered(UUID organisation, String email);

}
