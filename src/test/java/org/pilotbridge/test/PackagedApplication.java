package org.pilotbridge.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application as an operator runs it:
 * {@code java -jar target/pilotbridge-*.jar} in a working folder of its own, on its own
 * port and with its embedded PostgreSQL (data under {@code data/postgres} of that folder)
 * on a port of its own. It is started, killed with SIGKILL, stopped with SIGTERM and
 * started again on the same ports and data; {@link #close()} leaves no process behind,
 * not even a PostgreSQL orphaned by a kill.
 */
public final class PackagedApplication implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Path workingDirectory;

	private final List<String> arguments;

	private final int port = freePort();

	private final int databasePort = freePort();

	private final List<Process> processes = new ArrayList<>();

	private final HttpClient http = HttpClient.newHttpClient();

	private Process current;

	/**
	 * @param arguments passed to every start after the ports, such as
	 * {@code --spring.mail.port=2525}
	 */
	public PackagedApplication(Path workingDirectory, String... arguments) {
		this.workingDirectory = workingDirectory;
		this.arguments = List.of(arguments);
	}

	/**
	 * Starts the jar with its output in the log of that name and waits until it is ready.
	 */
	public Process start(String logName) throws IOException {
		var java = ProcessHandle.current().info().command().orElse("java");
		var command = Stream.concat(Stream.of(java, "-jar", jar().toString(), "--server.port=" + port,
				"--pilotbridge.embedded-database.port=" + databasePort), arguments.stream())
			.toList();
		var process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workingDirectory.resolve(logName).toFile())
			.start();
		processes.add(process);
		current = process;
		await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(process.isAlive()).as("the application exited; see %s", workingDirectory.resolve(logName))
				.isTrue();
			return ready();
		});
		return process;
	}

	/**
	 * Kills the running application with SIGKILL, as the kernel's OOM killer or
	 * {@code kill -9} do.
	 */
	public void kill() throws InterruptedException {
		current.destroyForcibly().waitFor();
	}

	/** Stops the running application with SIGTERM and returns its exit code. */
	public int stop() throws InterruptedException {
		current.destroy();
		return current.waitFor();
	}

	public long pid() {
		return current.pid();
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	public HttpResponse<String> get(String path) throws IOException {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/**
	 * The JDBC address of the application's database, for a second node or for checks.
	 */
	public String databaseUrl() {
		return "jdbc:postgresql://127.0.0.1:" + databasePort + "/pilotbridge";
	}

	/**
	 * The password of the database's superuser, which the application keeps in its data
	 * directory.
	 */
	public String databasePassword() {
		try {
			return Files.readString(workingDirectory.resolve("data/postgres/pilotbridge-superuser.password")).strip();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * A connection to the application's database, as its superuser. Close it before the
	 * application restarts: the start stops a PostgreSQL left running by a kill, which
	 * waits for its clients.
	 */
	public Connection database() throws SQLException {
		return DriverManager.getConnection(databaseUrl(), "postgres", databasePassword());
	}

	public long count(String sql) throws SQLException {
		try (var connection = database(); var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/** A setting of the running PostgreSQL, as {@code SHOW} gives it. */
	public String databaseSetting(String name) throws SQLException {
		try (var connection = database(); var result = connection.createStatement().executeQuery("SHOW " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	public void awaitLog(String logName, String text) {
		await().atMost(START_TIMEOUT).until(() -> log(logName).contains(text));
	}

	public String log(String logName) throws IOException {
		return Files.readString(workingDirectory.resolve(logName));
	}

	/**
	 * The PostgreSQL data directory's lock file; it exists while a PostgreSQL runs on the
	 * data.
	 */
	public Path postmasterPid() {
		return workingDirectory.resolve("data/postgres/postmaster.pid");
	}

	@Override
	public void close() throws IOException {
		processes.forEach(Process::destroyForcibly);
		// A PostgreSQL orphaned by a kill or a failed test must not outlive it.
		var pidFile = postmasterPid();
		if (Files.exists(pidFile)) {
			var pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	private boolean ready() {
		try {
			return get("/actuator/health/readiness").statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
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
