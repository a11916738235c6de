package org.pilotbridge.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a signed-in session may go on: not once its person is deactivated or
 * signed out everywhere after it began. Answers are cached for a few seconds, so that a
 * busy page does not ask the database on every request; a revocation takes effect within
 * that time on every node.
 */
@Component
public class PersonSessions {

	private static final Duration CACHE = Duration.ofSeconds(5);

	private final People people;

	private final Clock clock;

	private final Map<PersonId, Cached> cache = new ConcurrentHashMap<>();

	PersonSessions(People people, Clock clock) {
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isStillValid(PersonPrincipal principal) {
		var now = clock.instant();
		var cached = cache.get(principal.personId());
		if (cached == null || cached.checkedAt().plus(CACHE).isBefore(now)) {
			var person = people.findById(principal.personId().id());
			cached = new Cached(person.map(Person::isActive).orElse(false),
					person.map(Person::sessionsRevokedAt).orElse(null), now);
			cache.put(principal.personId(), cached);
		}
		return cached.active() && (cached.revokedAt() == null || principal.signedInAt().isAfter(cached.revokedAt()));
	}

	/**
	 * Forgets what is cached about a person, so that this node applies a change at once.
	 */
	void forget(PersonId person) {
		cache.remove(person);
	}

	private record Cached(boolean active, @org.jspecify.annotations.Nullable Instant revokedAt, Instant checkedAt) {
	}

}
