package org.pilotbridge.shared.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.shared.ConditionalOnEmbeddedDatabase;

/**
 * Runs the application on its own PostgreSQL when no external database is configured, so
 * that a fresh clone starts with one command.
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
			.username(EmbeddedPostgresServers.SUPERUSER)
			.password(database.password())
			.build();
	}

	/**
	 * One database of the embedded server; releasing it stops the server once nobody else
	 * uses it.
	 */
	static final class EmbeddedDatabase implements DisposableBean {

		private final EmbeddedPostgresServers.Server server;

		private final String name;

		EmbeddedDatabase(EmbeddedPostgresServers.Server server, String name) {
			this.server = server;
			this.name = name;
		}

		String jdbcUrl() {
			return server.postgres().getJdbcUrl(EmbeddedPostgresServers.SUPERUSER, name);
		}

		String password() {
			return server.password();
		}

		void createIfMissing() throws SQLException {
			DataSource postgres = server.postgres().getPostgresDatabase();
			var jdbc = JdbcClient.create(postgres);
			var exists = jdbc.sql("SELECT count(*) FROM pg_database WHERE datname = ?")
				.param(name)
				.query(Long.class)
				.single();
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
