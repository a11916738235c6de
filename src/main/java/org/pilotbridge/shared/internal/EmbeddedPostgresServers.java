package org.pilotbridge.shared.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts at most one embedded PostgreSQL per data directory and JVM, and stops it when
 * its last user releases it. Test JVMs thereby run one server for all their application
 * contexts, each of which creates its own clean database in it.
 */
final class EmbeddedPostgresServers {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);

	private static final String TEMPORARY = "<temporary>";

	private static final Map<String, Lease> leases = new HashMap<>();

	/** The superuser's password, in the data directory, readable by its owner only. */
	static final String PASSWORD_FILE = "pilotbridge-superuser.password";

	static final String SUPERUSER = "postgres";

	/**
	 * Password (SCRAM) authentication for everyone, over the local socket and loopback
	 * only.
	 */
	static final String HOST_BASED_AUTHENTICATION = """
			# Written by Pilotbridge: the superuser's password (SCRAM) is required, and only this machine
			# may connect. The password is in pilotbridge-superuser.password, readable by its owner only.
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""";

	private EmbeddedPostgresServers() {
	}

	static synchronized Server acquire(@Nullable Path dataDirectory, int port) {
		var key = dataDirectory == null ? TEMPORARY : dataDirectory.toAbsolutePath().normalize().toString();
		var lease = leases.get(key);
		if (lease == null) {
			lease = new Lease(start(dataDirectory, port));
			leases.put(key, lease);
		}
		lease.users++;
		return lease.server;
	}

	static synchronized void release(Server server) {
		var entry = leases.entrySet().stream().filter(e -> e.getValue().server == server).findFirst();
		if (entry.isEmpty()) {
			return;
		}
		var lease = entry.get().getValue();
		if (--lease.users == 0) {
			leases.remove(entry.get().getKey());
			try {
				server.postgres().close();
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

	/**
	 * Starts PostgreSQL on the data directory, or on a temporary one. Its superuser needs
	 * a password: a new data directory is made with it (and no other way in) from the
	 * start; one made by an earlier version, which let anyone on the machine in without a
	 * password, gets a password and the rules of {@link #HOST_BASED_AUTHENTICATION} right
	 * after it has started.
	 */
	private static Server start(@Nullable Path dataDirectory, int port) {
		Path initialPassword = null;
		try {
			var directory = dataDirectory != null ? dataDirectory : Files.createTempDirectory("pilotbridge-postgres");
			Files.createDirectories(directory);
			var password = dataDirectory != null && Files.exists(directory.resolve(PASSWORD_FILE))
					? Files.readString(directory.resolve(PASSWORD_FILE)).strip() : newPassword();
			initialPassword = ownerOnly(Files.createTempFile("pilotbridge-postgres", ".password"));
			Files.writeString(initialPassword, password);
			var migrate = new boolean[1];
			var builder = builder(directory, password, initialPassword, migrate);
			if (port > 0) {
				builder.setPort(port);
			}
			if (dataDirectory != null) {
				stopOrphanedServer(dataDirectory);
				// Zonky turns synchronous commit off, which suits throw-away test
				// databases only: a kept database must not acknowledge a commit (and the
				// application issue a receipt for it) that a crash of PostgreSQL could
				// still lose.
				builder.setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on");
			}
			else {
				builder.setCleanDataDirectory(true);
			}
			var server = builder.start();
			if (migrate[0]) {
				requirePassword(server, directory, password);
			}
			log.info("Embedded PostgreSQL listening on port {} with data in {}", server.getPort(),
					dataDirectory == null ? "a temporary directory" : dataDirectory.toAbsolutePath());
			return new Server(server, password);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
		finally {
			if (initialPassword != null) {
				try {
					Files.deleteIfExists(initialPassword);
				}
				catch (IOException e) {
					log.warn("Could not delete {}", initialPassword, e);
				}
			}
		}
	}

	/**
	 * The server's settings: passwords only, on loopback, in UTC, started by whoever
	 * acquires it and stopped by whoever releases it last.
	 */
	private static EmbeddedPostgres.Builder builder(Path directory, String password, Path initialPassword,
			boolean[] migrate) {
		return EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			// The last application context to release the server stops it, after its
			// connection pool has closed. A shutdown hook of its own would stop it while
			// the contexts are still closing (the JVM runs its hooks at once), and each
			// would then wait for a database gone.
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "200")
			.setServerConfig("timezone", "UTC")
			.setServerConfig("listen_addresses", "localhost")
			// initdb options of a new data directory: passwords only, the superuser's set
			// at once.
			.setLocaleConfig("auth-host", "scram-sha-256")
			.setLocaleConfig("auth-local", "scram-sha-256")
			.setLocaleConfig("pwfile", initialPassword.toString())
			.setConnectConfig("password", password)
			.setDataDirectory(directory)
			.setDataDirectoryCustomizer(made -> migrate[0] = secure(made.toPath(), password));
	}

	/**
	 * Before PostgreSQL starts: keeps the password in the data directory and, for a new
	 * data directory, writes the rules. Returns whether the directory comes from an
	 * earlier version that trusted everyone on the machine, which needs its password set
	 * once the server runs.
	 */
	private static boolean secure(Path directory, String password) {
		try {
			var passwordFile = directory.resolve(PASSWORD_FILE);
			if (!Files.exists(passwordFile)) {
				Files.writeString(ownerOnly(Files.createFile(passwordFile)), password);
			}
			var rules = directory.resolve("pg_hba.conf");
			var current = Files.readString(rules);
			if (current.equals(HOST_BASED_AUTHENTICATION)) {
				return false;
			}
			var trusting = current.lines()
				.map(String::strip)
				.anyMatch(line -> !line.startsWith("#") && line.contains("trust"));
			if (!trusting) {
				Files.writeString(rules, HOST_BASED_AUTHENTICATION);
			}
			return trusting;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not secure the embedded PostgreSQL in " + directory, e);
		}
	}

	/**
	 * Gives the superuser of an earlier version's data directory its password, then
	 * requires it.
	 */
	private static void requirePassword(EmbeddedPostgres server, Path directory, String password) throws IOException {
		try (var connection = server.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			// The password is made of [A-Za-z0-9_-] only (newPassword), or read from our
			// own file.
			if (!password.matches("[A-Za-z0-9_-]+")) {
				throw new IllegalStateException(
						"The password in " + directory.resolve(PASSWORD_FILE) + " is not one Pilotbridge made");
			}
			statement.execute("ALTER ROLE " + SUPERUSER + " WITH PASSWORD '" + password + "'");
			Files.writeString(directory.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (java.sql.SQLException e) {
			throw new IOException("Could not set the password of the embedded PostgreSQL in " + directory, e);
		}
		log.warn("The embedded PostgreSQL in {} let anyone on this machine in without a password (made by an earlier "
				+ "version); its superuser now has one, kept in {}", directory.toAbsolutePath(), PASSWORD_FILE);
	}

	private static String newPassword() {
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Makes the file readable and writable by its owner only, where the file system knows
	 * owners.
	 */
	private static Path ownerOnly(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		return file;
	}

	/**
	 * A JVM killed with SIGKILL leaves its PostgreSQL running and the data directory
	 * marked as in use. When no live process holds the directory's lock, such a server is
	 * an orphan: stop it so that this start can succeed.
	 */
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		var pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (var lockStream = new FileOutputStream(dataDirectory.resolve("epg-lock").toFile());
				var lock = lockStream.getChannel().tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("The database in " + dataDirectory.toAbsolutePath()
						+ " is in use by another Pilotbridge process");
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

	/** A running embedded PostgreSQL and its superuser's password. */
	record Server(EmbeddedPostgres postgres, String password) {
	}

	private static final class Lease {

		private final Server server;

		private int users;

		private Lease(Server server) {
			this.server = server;
		}

	}

}
