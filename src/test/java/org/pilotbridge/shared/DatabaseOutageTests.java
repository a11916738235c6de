package org.pilotbridge.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures tell a user that the service is briefly unavailable (and raise no
 * incident), and which are bugs.
 */
class DatabaseOutageTests {

	@Test
	void aPoolThatCannotReachTheDatabaseIsAnOutage() {
		var failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("The database could not be reached"));
		assertThat(DatabaseOutage.isCauseOf(failure)).isTrue();
	}

	@Test
	void aServerShuttingDownUnderARunningStatementIsAnOutage() {
		var failure = new DataAccessResourceFailureException("PreparedStatementCallback",
				new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
		assertThat(DatabaseOutage.isCauseOf(failure)).isTrue();
	}

	@Test
	void aRollbackThatFailsOnTheLostConnectionIsStillTheOutageItHides() {
		var lost = new DataAccessResourceFailureException("PreparedStatementCallback",
				new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
		var rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollbackFailed.initApplicationException(lost);
		assertThat(DatabaseOutage.isCauseOf(rollbackFailed)).isTrue();
	}

	@Test
	void aRollbackThatFailsAfterABugIsNoOutage() {
		var rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollbackFailed.initApplicationException(new IllegalStateException("a bug"));
		assertThat(DatabaseOutage.isCauseOf(rollbackFailed)).isFalse();
	}

	@Test
	void aRefusedWriteIsNoOutage() {
		var failure = new DataIntegrityViolationException("duplicate key",
				new SQLException("ERROR: duplicate key value", "23505"));
		assertThat(DatabaseOutage.isCauseOf(failure)).isFalse();
	}

}
