package org.pilotbridge.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure caused by the database being out of reach (stopped, restarting,
 * network down), as opposed to a bug. Such a failure rolled back whatever was being done;
 * the user is told that the service is briefly unavailable and to try again, and no
 * incident is raised.
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure, or one of its causes, says the database could not be reached.
	 */
	public static boolean isCauseOf(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			// A connection lost in the middle of a transaction also fails its rollback
			// ("Connection is closed", without a SQL state), which then hides the failure
			// that says why.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& isCauseOf(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs work that a page can do without, such as describing itself to link previews,
	 * and leaves it undone when the database cannot be reached; any other failure goes
	 * on.
	 */
	public static void skipIfUnreachable(Runnable optionalWork) {
		try {
			optionalWork.run();
		}
		catch (RuntimeException failure) {
			if (!isCauseOf(failure)) {
				throw failure;
			}
		}
	}

	/**
	 * SQL states of a lost connection (class 08) and of a server shutting down or
	 * starting (57P0x).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

}
