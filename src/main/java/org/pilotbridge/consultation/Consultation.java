package org.pilotbridge.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * A market consultation (request for information): an agency describes a problem and asks
 * a few questions; companies answer until it closes, without price and without
 * commitment. It is open from its publication until {@link #closesAt()}, by the clock:
 * nothing needs to happen at the close.
 */
@Table("consultation")
public class Consultation {

	public static final int TITLE_MAX_LENGTH = 150;

	public static final int PROBLEM_MAX_LENGTH = 10_000;

	public static final int QUESTION_MAX_LENGTH = 500;

	public static final int MAX_QUESTIONS = 10;

	public static final int ANSWER_MAX_LENGTH = 5000;

	public static final int MAX_CPV_CODES = 10;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final String reference;

	private final UUID agencyId;

	private final UUID createdBy;

	private final String title;

	private final String problem;

	private final List<String> questions;

	private final List<String> cpvCodes;

	private final String language;

	private final String timeZone;

	private final Instant closesAt;

	private final Instant publishedAt;

	private @Nullable UUID challengeId;

	@PersistenceCreator
	Consultation(UUID id, @Nullable Integer version, String reference, UUID agencyId, UUID createdBy, String title,
			String problem, List<String> questions, List<String> cpvCodes, String language, String timeZone,
			Instant closesAt, Instant publishedAt, @Nullable UUID challengeId) {
		this.id = id;
		this.version = version;
		this.reference = reference;
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.title = title;
		this.problem = problem;
		this.questions = new ArrayList<>(questions == null ? List.of() : questions);
		this.cpvCodes = new ArrayList<>(cpvCodes == null ? List.of() : cpvCodes);
		this.language = language;
		this.timeZone = timeZone;
		this.closesAt = closesAt;
		this.publishedAt = publishedAt;
		this.challengeId = challengeId;
	}

	static Consultation publish(String reference, OrganisationId agency, PersonId author, ConsultationDraft draft,
			Instant closesAt, Instant now) {
		return new Consultation(UUID.randomUUID(), null, reference, agency.id(), author.id(), draft.title(),
				draft.problem(), draft.questions(), draft.cpvCodes(), draft.language().code(), draft.timeZone().getId(),
				closesAt, now, null);
	}

	public ConsultationId id() {
		return new ConsultationId(id);
	}

	public String reference() {
		return reference;
	}

	public OrganisationId agency() {
		return new OrganisationId(agencyId);
	}

	public PersonId createdBy() {
		return new PersonId(createdBy);
	}

	public String title() {
		return title;
	}

	public String problem() {
		return problem;
	}

	public List<String> questions() {
		return List.copyOf(questions);
	}

	public List<String> cpvCodes() {
		return List.copyOf(cpvCodes);
	}

	public Language language() {
		return Language.ofCode(language).orElse(Language.ENGLISH);
	}

	public ZoneId timeZone() {
		return ZoneId.of(timeZone);
	}

	public Instant closesAt() {
		return closesAt;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	/** Whether companies may still answer: until the closing time, exclusive. */
	public boolean isOpenAt(Instant now) {
		return isOpen(closesAt, now);
	}

	/** The rule of {@link #isOpenAt}, for the read models that carry the closing time. */
	static boolean isOpen(Instant closesAt, Instant now) {
		return now.isBefore(closesAt);
	}

	/** The draft challenge the consultation was turned into, if it was. */
	public Optional<ChallengeId> challenge() {
		return Optional.ofNullable(challengeId).map(ChallengeId::new);
	}

	void turnedInto(ChallengeId challenge) {
		this.challengeId = challenge.id();
	}

}
