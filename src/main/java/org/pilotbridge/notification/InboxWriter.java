package org.pilotbridge.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.PersonId;

/**
 * Adds in-app notifications; called by the listeners, outside any request.
 */
@Component
class InboxWriter {

	private final JdbcClient jdbc;

	private final Clock clock;

	InboxWriter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds a notification for a person; a notification with the same key is kept once.
	 */
	// JdbcClient.params(Object...) declares its values non-null, yet binds a null as SQL
	// NULL (as param(@Nullable Object) does); the nullable values here go to nullable
	// columns.
	@SuppressWarnings("NullAway")
	void notify(PersonId person, String text, @Nullable String link, String dedupeKey) {
		jdbc.sql("""
				INSERT INTO notification (id, person_id, text, link, created_at, dedupe_key)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING
				""")
			.params(UUID.randomUUID(), person.id(), text.length() > 1000 ? text.substring(0, 1000) : text, link,
					Timestamp.from(clock.instant()), dedupeKey)
			.update();
	}

}
