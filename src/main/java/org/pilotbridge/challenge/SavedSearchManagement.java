package org.pilotbridge.challenge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.PersonSummary;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.UserText;

/**
 * The searches a signed-in person saved, to hear of new challenges that match them right
 * away or in a daily digest, in their language.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SavedSearchManagement {

	public static final int MAX_PER_PERSON = 20;

	private final SavedSearches savedSearches;

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final Clock clock;

	SavedSearchManagement(SavedSearches savedSearches, CurrentPerson current, OrganisationDirectory directory,
			Clock clock) {
		this.savedSearches = savedSearches;
		this.current = current;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInput when the name is missing or too long, the text too long, or
	 * the person has {@value #MAX_PER_PERSON} saved searches already
	 */
	public SavedSearchId save(String name, SearchCriteria criteria, SavedSearchFrequency frequency) {
		var person = current.required();
		var title = UserText.clean(name);
		new InvalidInput.Problems().require(!title.isEmpty(), "name", "validation.required")
			.require(title.length() <= SavedSearch.NAME_MAX_LENGTH, "name", "validation.too-long",
					SavedSearch.NAME_MAX_LENGTH)
			.require(criteria.text().length() <= SearchCriteria.TEXT_MAX_LENGTH, "text", "validation.too-long",
					SearchCriteria.TEXT_MAX_LENGTH)
			.require(criteria.cpvDivision() == null || criteria.cpvDivision().matches("\\d{2}"), "cpvDivision",
					"challenge.cpv.unknown", String.valueOf(criteria.cpvDivision()))
			.require(savedSearches.countByPerson(person.id()) < MAX_PER_PERSON, "name",
					"challenge.saved-search.too-many", MAX_PER_PERSON)
			.throwIfAny();
		var language = directory.person(person).map(PersonSummary::language).orElse(Language.ENGLISH);
		return savedSearches
			.save(SavedSearch.of(person, title, criteria, frequency == null ? SavedSearchFrequency.DAILY : frequency,
					language, clock.instant()))
			.id();
	}

	@Transactional(readOnly = true)
	public List<MySavedSearch> mine() {
		return savedSearches.findByPerson(current.required().id())
			.stream()
			.map(s -> new MySavedSearch(s.id(), s.name(), s.criteria(), s.frequency(), s.createdAt()))
			.toList();
	}

	public void delete(SavedSearchId id) {
		var savedSearch = savedSearches.findById(id.id()).orElse(null);
		if (savedSearch == null) {
			return;
		}
		if (!savedSearch.person().equals(current.required())) {
			throw new AccessDeniedException("Only its owner deletes a saved search");
		}
		savedSearches.delete(savedSearch);
	}

	public record MySavedSearch(SavedSearchId id, String name, SearchCriteria criteria, SavedSearchFrequency frequency,
			Instant createdAt) {
	}

}
