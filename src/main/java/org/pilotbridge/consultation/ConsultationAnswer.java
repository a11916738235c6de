package org.pilotbridge.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;

/**
 * A company's answer to a consultation: one text per question, no price and no
 * commitment. The company may change it until the consultation closes. Its content is
 * shown to the public only if the company agreed to that when answering.
 */
@Table("consultation_answer")
public class ConsultationAnswer {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID consultationId;

	private final UUID companyId;

	private UUID answeredBy;

	private List<String> answers;

	private boolean mayPublish;

	private final Instant answeredAt;

	private Instant updatedAt;

	@PersistenceCreator
	ConsultationAnswer(UUID id, @Nullable Integer version, UUID consultationId, UUID companyId, UUID answeredBy,
			List<String> answers, boolean mayPublish, Instant answeredAt, Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.consultationId = consultationId;
		this.companyId = companyId;
		this.answeredBy = answeredBy;
		this.answers = new ArrayList<>(answers == null ? List.of() : answers);
		this.mayPublish = mayPublish;
		this.answeredAt = answeredAt;
		this.updatedAt = updatedAt;
	}

	static ConsultationAnswer of(ConsultationId consultation, OrganisationId company, PersonId by, List<String> answers,
			boolean mayPublish, Instant now) {
		return new ConsultationAnswer(UUID.randomUUID(), null, consultation.id(), company.id(), by.id(), answers,
				mayPublish, now, now);
	}

	public ConsultationId consultation() {
		return new ConsultationId(consultationId);
	}

	public OrganisationId company() {
		return new OrganisationId(companyId);
	}

	public PersonId answeredBy() {
		return new PersonId(answeredBy);
	}

	/**
	 * One text per question, in the order of the questions; a question left unanswered is
	 * empty.
	 */
	public List<String> answers() {
		return List.copyOf(answers);
	}

	/**
	 * Whether the company agreed that its answer be shown to the public after the close.
	 */
	public boolean mayPublish() {
		return mayPublish;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	void revise(PersonId by, List<String> answers, boolean mayPublish, Instant now) {
		this.answeredBy = by.id();
		this.answers = new ArrayList<>(answers);
		this.mayPublish = mayPublish;
		this.updatedAt = now;
	}

}
