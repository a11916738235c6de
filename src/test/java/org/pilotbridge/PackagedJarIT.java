package org.pilotbridge;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar as a newcomer runs it: {@code java -jar target/pilotbridge-*.jar} in an empty folder
 * starts in Vaadin production mode on its embedded PostgreSQL with demo data; killed with SIGKILL
 * and started again, it takes over the PostgreSQL it left running and finds its data intact; on
 * SIGTERM it stops PostgreSQL with it.
 */
class PackagedJarIT {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path workingDirectory;

	private final List<Process> processes = new ArrayList<>();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port = freePort();

	private final int databasePort = freePort();

	@Test
	void runsInProductionModeAndKeepsItsDataAcrossAKill() throws Exception {
		var first = start("first.log");
		awaitLog("first.log", "Demo accounts (password: pilotbridge-demo)");
		assertThat(log("first.log")).contains("Vaadin is running in production mode");
		assertThat(get("/").body()).contains("<html lang=\"en\"");
		var challenges = count("SELECT count(*) FROM challenge");
		var people = count("SELECT count(*) FROM person");
		assertThat(challenges).isPositive();
		assertThat(count("SELECT count(*) FROM solution_publication")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM consultation")).isEqualTo(2);

		first.destroyForcibly().waitFor();

		var second = start("second.log");
		assertThat(log("second.log")).contains("left running by a previous start")
			.doesNotContain("Seeding demo data");
		assertThat(count("SELECT count(*) FROM challenge")).isEqualTo(challenges);
		assertThat(count("SELECT count(*) FROM person")).isEqualTo(people);

		second.destroy();
		assertThat(second.waitFor()).isIn(0, 143);
		assertThat(workingDirectory.resolve("data/postgres/postmaster.pid")).doesNotExist();
	}

	@AfterEach
	void stopEverything() throws IOException {
		processes.forEach(Process::destroyForcibly);
		// A PostgreSQL orphaned by a failed test must not outlive it.
		var pidFile = workingDirectory.resolve("data/postgres/postmaster.pid");
		if (Files.exists(pidFile)) {
			var pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	private Process start(String logName) throws IOException {
		var java = ProcessHandle.current().info().command().orElse("java");
		var process = new ProcessBuilder(java, "-jar", jar().toString(), "--server.port=" + port,
				"--pilotbridge.embedded-database.port=" + databasePort)
			.directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workingDirectory.resolve(logName).toFile())
			.start();
		processes.add(process);
		await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(process.isAlive()).as("the application exited; see %s", logName).isTrue();
			return ready();
		});
		return process;
	}

	private boolean ready() {
		try {
			return get("/actuator/health/readiness").statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private HttpResponse<String> get(String path) throws IOException {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private long count(String sql) throws SQLException {
		try (var connection = DriverManager
			.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/pilotbridge?user=postgres");
				var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private void awaitLog(String logName, String text) {
		await().atMost(START_TIMEOUT).until(() -> log(logName).contains(text));
	}

	private String log(String logName) throws IOException {
		return Files.readString(workingDirectory.resolve(logName));
	}

	private static Path jar() throws IOException {
		try (var candidates = Files.list(Path.of("target"))) {
			return candidates.filter(path -> path.getFileName().toString().matches("pilotbridge-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Package the application first: ./mvnw verify"))
				.toAbsolutePath();
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
