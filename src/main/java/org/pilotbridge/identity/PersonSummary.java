package org.pilotbridge.identity;

import org.pilotbridge.shared.Language;

/**
 * How to address a person: name, e-mail and language. Never published.
 */
public record PersonSummary(PersonId id, String displayName, String email, Language language, boolean active) {

	static PersonSummary of(Person person) {
		return new PersonSummary(person.id(), person.displayName(), person.email(), person.preferredLanguage(),
				person.isActive());
	}

}
