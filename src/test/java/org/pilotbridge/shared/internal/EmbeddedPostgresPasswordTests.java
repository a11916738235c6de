package org.pilotbridge.shared.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another user of the machine (or a page in a browser on it) connects to the embedded
 * PostgreSQL on 127.0.0.1 as its superuser, hoping that no password is asked, as it was.
 * Now one is, for new data directories and for those of earlier versions alike, and it is
 * kept where only the owner reads it.
 */
class EmbeddedPostgresPasswordTests {

	@TempDir
	Path folder;

	@Test
	void letsNobodyInWithoutTheSuperusersPasswordWhichOnlyTheOwnerReads() throws Exception {
		var data = folder.resolve("postgres");
		var server = EmbeddedPostgresServers.acquire(data, 0);
		var password = data.resolve(EmbeddedPostgresServers.PASSWORD_FILE);
		try {
			refusesWithoutThePassword(server.postgres().getPort());
			assertThat(Files.getPosixFilePermissions(password))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
			assertThat(select(server.postgres().getPort(), Files.readString(password).strip(), "SELECT 1"))
				.isEqualTo(1);
		}
		finally {
			EmbeddedPostgresServers.release(server);
		}

		var again = EmbeddedPostgresServers.acquire(data, 0);
		try {
			assertThat(again.password()).as("the same password after a restart")
				.isEqualTo(Files.readString(password).strip());
			refusesWithoutThePassword(again.postgres().getPort());
		}
		finally {
			EmbeddedPostgresServers.release(again);
		}
	}

	@Test
	void securesTheDataDirectoryOfAnEarlierVersionAndKeepsItsData() throws Exception {
		var data = folder.resolve("earlier");
		try (var earlier = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
				var connection = earlier.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("CREATE TABLE kept (answer integer); INSERT INTO kept VALUES (42)");
		}
		assertThat(Files.readString(data.resolve("pg_hba.conf"))).as("as earlier versions left it").contains("trust");

		var server = EmbeddedPostgresServers.acquire(data, 0);
		try {
			refusesWithoutThePassword(server.postgres().getPort());
			var password = Files.readString(data.resolve(EmbeddedPostgresServers.PASSWORD_FILE)).strip();
			assertThat(select(server.postgres().getPort(), password, "SELECT answer FROM kept")).isEqualTo(42);
			assertThat(Files.readString(data.resolve("pg_hba.conf")))
				.isEqualTo(EmbeddedPostgresServers.HOST_BASED_AUTHENTICATION);
		}
		finally {
			EmbeddedPostgresServers.release(server);
		}
	}

	private static void refusesWithoutThePassword(int port) {
		var url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres").close())
			.isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
			.isInstanceOf(SQLException.class);
		var ipv6 = "jdbc:postgresql://[::1]:" + port + "/postgres?user=postgres";
		assertThatThrownBy(() -> DriverManager.getConnection(ipv6).close()).isInstanceOf(SQLException.class);
	}

	private static int select(int port, String password, String sql) throws SQLException {
		try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
				"postgres", password); var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

}
