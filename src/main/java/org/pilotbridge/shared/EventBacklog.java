package org.pilotbridge.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many module events are still to be handled: the publications of the Spring Modulith
 * registry that are not complete. Completed publications move to the archive table, so
 * the live table holds only these. For tools that must wait until everything an action
 * set off has happened (the volume data set, benchmarks), and for operators.
 */
@Component
public class EventBacklog {

	private final JdbcClient jdbc;

	EventBacklog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Publications waiting for their listener, being handled, or handed over again. */
	public long pending() {
		return jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE completion_date IS NULL AND (status IS NULL OR status <> 'FAILED')
				""").query(Long.class).single();
	}

	/**
	 * Publications whose listener failed and which the event recovery will hand over
	 * again.
	 */
	public long failed() {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED'")
			.query(Long.class)
			.single();
	}

}
