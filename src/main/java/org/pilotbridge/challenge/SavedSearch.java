package org.pilotbridge.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * A search someone saved to hear of new challenges that match it, in their language.
 */
@Table("saved_search")
class SavedSearch {

	static final int NAME_MAX_LENGTH = 100;

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID personId;

	private final String name;

	private final String query;

	private final @Nullable PublicStatus status;

	private final @Nullable String cpvDivision;

	private final @Nullable UUID agencyId;

	private final @Nullable BigDecimal budgetMin;

	private final @Nullable BigDecimal budgetMax;

	private final @Nullable Instant deadlineFrom;

	private final @Nullable Instant deadlineTo;

	private final @Nullable String language;

	private final SavedSearchFrequency frequency;

	private final String notifyIn;

	private final Instant createdAt;

	@PersistenceCreator
	SavedSearch(UUID id, @Nullable Integer version, UUID personId, String name, String query,
			@Nullable PublicStatus status, @Nullable String cpvDivision, @Nullable UUID agencyId,
			@Nullable BigDecimal budgetMin, @Nullable BigDecimal budgetMax, @Nullable Instant deadlineFrom,
			@Nullable Instant deadlineTo, @Nullable String language, SavedSearchFrequency frequency, String notifyIn,
			Instant createdAt) {
		this.id = id;
		this.version = version;
		this.personId = personId;
		this.name = name;
		this.query = query;
		this.status = status;
		this.cpvDivision = cpvDivision;
		this.agencyId = agencyId;
		this.budgetMin = budgetMin;
		this.budgetMax = budgetMax;
		this.deadlineFrom = deadlineFrom;
		this.deadlineTo = deadlineTo;
		this.language = language;
		this.frequency = frequency;
		this.notifyIn = notifyIn;
		this.createdAt = createdAt;
	}

	static SavedSearch of(PersonId person, String name, SearchCriteria criteria, SavedSearchFrequency frequency,
			Language notifyIn, Instant now) {
		return new SavedSearch(UUID.randomUUID(), null, person.id(), name, criteria.text(), criteria.status(),
				criteria.cpvDivision(), criteria.agency() == null ? null : criteria.agency().id(), criteria.budgetMin(),
				criteria.budgetMax(), criteria.deadlineFrom(), criteria.deadlineTo(),
				criteria.language() == null ? null : criteria.language().code(), frequency, notifyIn.code(), now);
	}

	SavedSearchId id() {
		return new SavedSearchId(id);
	}

	PersonId person() {
		return new PersonId(personId);
	}

	String name() {
		return name;
	}

	SavedSearchFrequency frequency() {
		return frequency;
	}

	Language notifyIn() {
		return Language.ofCode(notifyIn).orElse(Language.ENGLISH);
	}

	Instant createdAt() {
		return createdAt;
	}

	SearchCriteria criteria() {
		return new SearchCriteria(query, status, cpvDivision, agencyId == null ? null : new OrganisationId(agencyId),
				budgetMin, budgetMax, deadlineFrom, deadlineTo,
				language == null ? null : Language.ofCode(language).orElse(null), null,
				SearchCriteria.SortOrder.NEWEST);
	}

}
