package org.pilotbridge.shared.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;

/**
 * Runs the application on its own PostgreSQL when no external database is configured, so that a
 * fresh clone starts with one command.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
class EmbeddedDatabaseConfiguration {

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws SQLException {
		var dataDirectory = properties.persistent() ? Path.of(properties.dataDirectory()) : null;
		var server = EmbeddedPostgresServers.acquire(dataDirectory, properties.port());
		var database = new EmbeddedDatabase(server, properties.safeDatabaseName());
		database.createIfMissing();
		return database;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(database.jdbcUrl())
			.username(EmbeddedDatabase.USER)
			.build();
	}

	/**
	 * One database of the embedded server; releasing it stops the server once nobody else uses it.
	 */
	static final class EmbeddedDatabase implements DisposableBean {

		static final String USER = "postgres";

		private final EmbeddedPostgres server;

		private final String name;

		EmbeddedDatabase(EmbeddedPostgres server, String name) {
			this.server = server;
			this.name = name;
		}

		String jdbcUrl() {
			return server.getJdbcUrl(USER, name);
		}

		void createIfMissing() throws SQLException {
			DataSource postgres = server.getPostgresDatabase();
			var jdbc = JdbcClient.create(postgres);
			var exists = jdbc.sql("SELECT count(*) FROM pg_database WHERE datname = ?").param(name).query(Long.class).single();
			if (exists == 0) {
				// The name is restricted to [a-z0-9_] by EmbeddedDatabaseProperties.
				jdbc.sql("CREATE DATABASE " + name).update();
			}
		}

		@Override
		public void destroy() {
			EmbeddedPostgresServers.release(server);
		}

	}

}
