package org.pilotbridge.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.provider.LocalAccountService;
import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.UserText;

/**
 * A person's own profile and sessions, and the platform administrators' hold over
 * accounts.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PersonManagement {

	private final People people;

	private final LocalAccountService accounts;

	private final CurrentPerson current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonManagement(People people, LocalAccountService accounts, CurrentPerson current,
			ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.accounts = accounts;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PersonSummary me() {
		return PersonSummary.of(load(current.required()));
	}

	public void updateProfile(String displayName, Language language) {
		var name = UserText.clean(displayName);
		new InvalidInput.Problems().require(!name.isEmpty(), "displayName", "validation.required")
			.require(name.length() <= Person.NAME_MAX_LENGTH, "displayName", "validation.too-long",
					Person.NAME_MAX_LENGTH)
			.throwIfAny();
		var person = load(current.required());
		person.changeProfile(name, language);
		people.save(person);
	}

	/** Ends every session of the current person, on every device, this one included. */
	public void signOutEverywhere() {
		var person = load(current.required());
		person.revokeSessions(clock.instant());
		people.save(person);
		localAccountsOf(person).forEach(accounts::revokeSessions);
		events.publishEvent(new SessionsRevoked(person.id(),
				current.auditRecord("person.sessions-revoked", "person", person.id(), Map.of())));
	}

	/**
	 * Signs the person out everywhere and stops them signing in again, at any provider.
	 */
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public void deactivate(PersonId id) {
		if (id.equals(current.required())) {
			throw InvalidInput.of("person", "identity.person.cannot-deactivate-self");
		}
		var person = load(id);
		if (!person.isActive()) {
			return;
		}
		person.deactivate(clock.instant());
		people.save(person);
		events.publishEvent(new PersonDeactivated(id, current.auditRecord("person.deactivated", "person", id,
				Map.of("subjects", String.join(",", person.identities().stream().map(i -> i.issuer()).toList())))));
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public void reactivate(PersonId id) {
		var person = load(id);
		if (person.isActive()) {
			return;
		}
		person.reactivate();
		people.save(person);
		events
			.publishEvent(new PersonReactivated(id, current.auditRecord("person.reactivated", "person", id, Map.of())));
	}

	/** People by name or e-mail, for platform administrators. */
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Transactional(readOnly = true)
	public List<PersonSummary> search(String text, int offset, int limit) {
		return people.search(UserText.clean(text), limit, offset).stream().map(PersonSummary::of).toList();
	}

	/** A new password ends the sessions of whoever is signed in with the old one. */
	@EventListener
	@PreAuthorize("permitAll()")
	void on(PasswordChanged event) {
		people.findByIdentity(PersonSignIn.LOCAL_PROVIDER, event.account().toString()).ifPresent(person -> {
			person.revokeSessions(clock.instant());
			people.save(person);
		});
	}

	private static Stream<UUID> localAccountsOf(Person person) {
		return person.identities()
			.stream()
			.filter(identity -> PersonSignIn.LOCAL_PROVIDER.equals(identity.issuer()))
			.map(identity -> UUID.fromString(identity.subject()));
	}

	private Person load(PersonId id) {
		return people.findById(id.id()).orElseThrow(() -> new IllegalArgumentException("No person " + id));
	}

}
