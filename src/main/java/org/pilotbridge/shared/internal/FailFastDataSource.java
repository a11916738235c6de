package org.pilotbridge.shared.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Answers at once, for a few seconds, that the database cannot be reached once the pool
 * has failed to connect to it: without this, every query of a page would wait for the
 * pool's connection timeout in turn while PostgreSQL is down, and a person would stare at
 * a loading bar for a minute before reading that the service is briefly unavailable. A
 * pool that is merely busy (all connections in use, no failure to connect) does not trip
 * it.
 */
class FailFastDataSource extends DelegatingDataSource {

	/**
	 * SQL state class of connection exceptions, such as a refused connection
	 * ({@code 08001}).
	 */
	private static final String CONNECTION_EXCEPTION = "08";

	private final Duration quietPeriod;

	private final Clock clock = Clock.systemUTC();

	private final AtomicReference<Instant> unreachableSince = new AtomicReference<>();

	FailFastDataSource(DataSource pool, Duration quietPeriod) {
		super(pool);
		this.quietPeriod = quietPeriod;
	}

	@Override
	public Connection getConnection() throws SQLException {
		var since = unreachableSince.get();
		if (since != null && clock.instant().isBefore(since.plus(quietPeriod))) {
			throw new SQLTransientConnectionException("The database could not be reached at " + since,
					CONNECTION_EXCEPTION + "001");
		}
		try {
			var connection = super.getConnection();
			unreachableSince.set(null);
			return connection;
		}
		catch (SQLException failure) {
			if (failedToConnect(failure)) {
				unreachableSince.set(clock.instant());
			}
			throw failure;
		}
	}

	private static boolean failedToConnect(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
				return true;
			}
		}
		return false;
	}

}
