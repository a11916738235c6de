package org.pilotbridge.shared.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.PilotbridgeApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, the application uses that PostgreSQL, applies
 * its schema there, and starts no embedded database. The "external" server is a second
 * embedded PostgreSQL started by the test itself.
 */
class ExternalDatabaseIntegrationTests {

	@Test
	void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() throws Exception {
		try (var external = EmbeddedPostgres.builder().start()) {
			var url = external.getJdbcUrl("postgres", "postgres");
			var runningBefore = EmbeddedPostgresServers.running();

			try (var context = new SpringApplicationBuilder(PilotbridgeApplication.class)
				.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0")) {

				assertThat(context.getBeansOfType(EmbeddedDatabaseConfiguration.EmbeddedDatabase.class)).isEmpty();
				assertThat(EmbeddedPostgresServers.running()).isEqualTo(runningBefore);
				assertThat(context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl())
					.isEqualTo(url);
			}

			var tables = JdbcClient.create(external.getPostgresDatabase())
				.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
				.query(String.class)
				.list();
			assertThat(tables).contains("audit_entry", "event_publication", "shedlock", "databasechangelog");
		}
	}

}
