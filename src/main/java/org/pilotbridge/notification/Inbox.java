package org.pilotbridge.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.identity.CurrentPerson;

/**
 * The signed-in person's in-app notifications.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Inbox {

	private final JdbcClient jdbc;

	private final CurrentPerson current;

	private final Clock clock;

	Inbox(JdbcClient jdbc, CurrentPerson current, Clock clock) {
		this.jdbc = jdbc;
		this.current = current;
		this.clock = clock;
	}

	public long unreadCount() {
		return jdbc.sql("SELECT count(*) FROM notification WHERE person_id = ? AND read_at IS NULL")
			.param(current.required().id())
			.query(Long.class)
			.single();
	}

	public List<Notice> latest(int limit) {
		return jdbc.sql("SELECT * FROM notification WHERE person_id = ? ORDER BY created_at DESC LIMIT ?")
			.params(current.required().id(), limit)
			.query((rs, row) -> {
				var read = rs.getTimestamp("read_at");
				return new Notice(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("link"),
						rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
			})
			.list();
	}

	@Transactional
	public void markRead(UUID id) {
		jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND person_id = ? AND read_at IS NULL")
			.params(Timestamp.from(clock.instant()), id, current.required().id())
			.update();
	}

	@Transactional
	public void markAllRead() {
		jdbc.sql("UPDATE notification SET read_at = ? WHERE person_id = ? AND read_at IS NULL")
			.params(Timestamp.from(clock.instant()), current.required().id())
			.update();
	}

	/**
	 * One in-app notification, already in its reader's language.
	 */
	public record Notice(UUID id, String text, @Nullable String link, Instant createdAt, @Nullable Instant readAt) {

		public boolean unread() {
			return readAt == null;
		}

	}

}
