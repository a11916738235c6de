package org.pilotbridge.shared.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts at most one embedded PostgreSQL per data directory and JVM, and stops it when its last user
 * releases it. Test JVMs thereby run one server for all their application contexts, each of which
 * creates its own clean database in it.
 */
final class EmbeddedPostgresServers {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);

	private static final String TEMPORARY = "<temporary>";

	private static final Map<String, Lease> leases = new HashMap<>();

	private EmbeddedPostgresServers() {
	}

	static synchronized EmbeddedPostgres acquire(@Nullable Path dataDirectory, int port) {
		var key = dataDirectory == null ? TEMPORARY : dataDirectory.toAbsolutePath().normalize().toString();
		var lease = leases.get(key);
		if (lease == null) {
			lease = new Lease(start(dataDirectory, port));
			leases.put(key, lease);
		}
		lease.users++;
		return lease.server;
	}

	static synchronized void release(EmbeddedPostgres server) {
		var entry = leases.entrySet().stream().filter(e -> e.getValue().server == server).findFirst();
		if (entry.isEmpty()) {
			return;
		}
		var lease = entry.get().getValue();
		if (--lease.users == 0) {
			leases.remove(entry.get().getKey());
			try {
				server.close();
			}
			catch (IOException e) {
				log.warn("Embedded PostgreSQL did not stop cleanly", e);
			}
		}
	}

	/** How many embedded servers this JVM runs right now. */
	static synchronized int running() {
		return leases.size();
	}

	private static EmbeddedPostgres start(@Nullable Path dataDirectory, int port) {
		try {
			var builder = EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				// The application context stops the server after the connection pool has closed.
				.setRegisterShutdownHook(dataDirectory == null)
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "UTC");
			if (port > 0) {
				builder.setPort(port);
			}
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				stopOrphanedServer(dataDirectory);
				// Zonky turns synchronous commit off, which suits throw-away test databases only: a kept
				// database must not acknowledge a commit (and the application issue a receipt for it) that
				// a crash of PostgreSQL could still lose.
				builder.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.setServerConfig("synchronous_commit", "on");
			}
			var server = builder.start();
			log.info("Embedded PostgreSQL listening on port {} with data in {}", server.getPort(),
					dataDirectory == null ? "a temporary directory" : dataDirectory.toAbsolutePath());
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}

	/**
	 * A JVM killed with SIGKILL leaves its PostgreSQL running and the data directory marked as in
	 * use. When no live process holds the directory's lock, such a server is an orphan: stop it so
	 * that this start can succeed.
	 */
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		var pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (var lockStream = new FileOutputStream(dataDirectory.resolve("epg-lock").toFile());
				var lock = lockStream.getChannel().tryLock()) {
			if (lock == null) {
				throw new IllegalStateException(
						"The database in " + dataDirectory.toAbsolutePath() + " is in use by another Pilotbridge process");
			}
			var pid = Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
			var postmaster = pid.flatMap(ProcessHandle::of)
				.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
			if (postmaster.isPresent()) {
				log.warn("Stopping PostgreSQL process {} left running by a previous start", pid.get());
				postmaster.get().destroy();
				try {
					postmaster.get().onExit().get(60, TimeUnit.SECONDS);
				}
				catch (Exception e) {
					postmaster.get().destroyForcibly();
				}
			}
			Files.deleteIfExists(pidFile);
		}
		catch (NumberFormatException unreadable) {
			Files.deleteIfExists(pidFile);
		}
	}

	private static final class Lease {

		private final EmbeddedPostgres server;

		private int users;

		private Lease(EmbeddedPostgres server) {
			this.server = server;
		}

	}

}
