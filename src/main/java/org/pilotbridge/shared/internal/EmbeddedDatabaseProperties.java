package org.pilotbridge.shared.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is
 * configured.
 *
 * @param dataDirectory where PostgreSQL keeps its files across restarts; blank for a
 * throw-away directory (tests)
 * @param databaseName the database the application uses; letters other than
 * {@code a-z0-9_} are replaced by underscores so that a random test name is a valid
 * identifier
 * @param port the TCP port on the loopback interface, 0 for any free port
 */
@ConfigurationProperties("pilotbridge.embedded-database")
record EmbeddedDatabaseProperties(@Nullable String dataDirectory, @DefaultValue("pilotbridge") String databaseName,
		@DefaultValue("0") int port) {

	String safeDatabaseName() {
		return databaseName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
	}

	boolean persistent() {
		return dataDirectory != null && !dataDirectory.isBlank();
	}

}
