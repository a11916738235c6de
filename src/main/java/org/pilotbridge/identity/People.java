package org.pilotbridge.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface People extends ListCrudRepository<Person, UUID> {

	@Query("""
			SELECT p.* FROM person p JOIN person_identity i ON i.person_id = p.id
			WHERE i.issuer = :issuer AND i.subject = :subject
			""")
	Optional<Person> findByIdentity(String issuer, String subject);

	@Query("SELECT * FROM person WHERE email = :email ORDER BY created_at LIMIT 1")
	Optional<Person> findFirstByEmail(String email);

	@Query("""
			SELECT * FROM person
			WHERE :text = '' OR lower(display_name) LIKE '%' || lower(:text) || '%' OR email LIKE '%' || lower(:text) || '%'
			ORDER BY display_name LIMIT :limit OFFSET :offset
			""")
	List<Person> search(String text, int limit, long offset);

}
