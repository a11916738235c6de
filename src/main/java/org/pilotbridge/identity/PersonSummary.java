package org.pilotbridge.identity;

import org.pilotbridge.shared.Language;

/**
 * How to address a person: name, e-mail and language. Never published.
 *
 * @param emailVerified whether the address is proven to be the person's
 * ({@link Person#isEmailVerified()})
 */
public record PersonSummary(PersonId id, String displayName, String email, Language language, boolean active,
		boolean emailVerified) {

	static PersonSummary of(Person person) {
		return new PersonSummary(person.id(), person.displayName(), person.email(), person.preferredLanguage(),
				person.isActive(), person.isEmailVerified());
	}

	/** The address, if it is proven to be the person's. */
	public java.util.Optional<String> verifiedEmail() {
		return emailVerified ? java.util.Optional.of(email) : java.util.Optional.empty();
	}

}
