package org.pilotbridge.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, UUID> {

	@Query("SELECT o.* FROM organisation o JOIN membership m ON m.organisation_id = o.id WHERE m.person_id = :person ORDER BY o.name")
	List<Organisation> findByMember(UUID person);

	@Query("SELECT * FROM organisation WHERE country = :country AND enterprise_number = :number AND kind = :kind")
	Optional<Organisation> findByEnterpriseNumber(String country, String number, String kind);

	@Query("""
			SELECT * FROM organisation
			WHERE (:state = '' OR verification_state = :state)
			  AND (:text = '' OR lower(name) LIKE '%' || lower(:text) || '%' OR enterprise_number LIKE '%' || upper(:text) || '%')
			ORDER BY created_at DESC LIMIT :limit OFFSET :offset
			""")
	List<Organisation> search(String state, String text, int limit, long offset);

	@Query("""
			SELECT count(*) FROM organisation
			WHERE (:state = '' OR verification_state = :state)
			  AND (:text = '' OR lower(name) LIKE '%' || lower(:text) || '%' OR enterprise_number LIKE '%' || upper(:text) || '%')
			""")
	long count(String state, String text);

}
