package org.pilotbridge.consultation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ConsultationAnswers extends ListCrudRepository<ConsultationAnswer, UUID> {

	@Query("SELECT * FROM consultation_answer WHERE consultation_id = :consultation AND company_id = :company")
	Optional<ConsultationAnswer> findByConsultationAndCompany(UUID consultation, UUID company);

	@Query("SELECT * FROM consultation_answer WHERE consultation_id = :consultation ORDER BY answered_at, id")
	List<ConsultationAnswer> findByConsultation(UUID consultation);

	@Query("SELECT count(*) FROM consultation_answer WHERE consultation_id = :consultation")
	int countByConsultation(UUID consultation);

}
