package org.pilotbridge.identity;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.provider.LocalAccountService;
import org.pilotbridge.shared.Language;

/**
 * Creates a person with a confirmed account at the built-in provider, as if they had
 * registered and signed in once. For the system only: seeding demo data and tests.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SYSTEM')")
public class AccountProvisioning {

	private final LocalAccountService accounts;

	private final People people;

	private final Clock clock;

	AccountProvisioning(LocalAccountService accounts, People people, Clock clock) {
		this.accounts = accounts;
		this.people = people;
		this.clock = clock;
	}

	public PersonId provision(String displayName, String email, String password, Language language,
			boolean platformAdmin) {
		var account = accounts.registerConfirmed(displayName, email, password, language);
		var person = people.findByIdentity(PersonSignIn.LOCAL_PROVIDER, account.toString())
			.orElseGet(() -> Person.signedUp(PersonSignIn.LOCAL_PROVIDER, account.toString(),
					email.strip().toLowerCase(java.util.Locale.ROOT), true, displayName.strip(), language,
					clock.instant()));
		person.makePlatformAdmin(platformAdmin);
		return people.save(person).id();
	}

	@Transactional(readOnly = true)
	public java.util.Optional<PersonId> findByEmail(String email) {
		return people.findFirstByEmail(email.strip().toLowerCase(java.util.Locale.ROOT)).map(Person::id);
	}

}
