package org.pilotbridge;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pilotbridge.test.PackagedApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The jar as a newcomer runs it: {@code java -jar target/pilotbridge-*.jar} in an empty
 * folder starts in Vaadin production mode on its embedded PostgreSQL with demo data,
 * which commits durably; killed with SIGKILL and started again, it takes over the
 * PostgreSQL it left running and finds its data intact; on SIGTERM it stops PostgreSQL
 * with it. Its database asks for the superuser's password.
 */
class PackagedJarIT {

	@TempDir
	Path workingDirectory;

	private PackagedApplication application;

	@BeforeEach
	void inAnEmptyFolder() {
		application = new PackagedApplication(workingDirectory);
	}

	@Test
	void runsInProductionModeAndKeepsItsDataAcrossAKill() throws Exception {
		application.start("first.log");
		application.awaitLog("first.log", "Demo accounts (password: pilotbridge-demo)");
		assertThat(application.log("first.log")).contains("Vaadin is running in production mode");
		assertThat(application.get("/").body()).contains("<html lang=\"en\"");
		// A receipt is issued only for a commit that is on disk.
		assertThat(application.databaseSetting("synchronous_commit")).isEqualTo("on");
		// Nobody else on the machine gets into the database without its superuser's
		// password.
		assertThatThrownBy(() -> DriverManager.getConnection(application.databaseUrl() + "?user=postgres").close())
			.isInstanceOf(SQLException.class);
		var challenges = application.count("SELECT count(*) FROM challenge");
		var people = application.count("SELECT count(*) FROM person");
		assertThat(challenges).isPositive();
		assertThat(application.count("SELECT count(*) FROM solution_publication")).isEqualTo(2);
		assertThat(application.count("SELECT count(*) FROM consultation")).isEqualTo(2);

		application.kill();

		application.start("second.log");
		assertThat(application.log("second.log")).contains("left running by a previous start")
			.doesNotContain("Seeding demo data");
		assertThat(application.count("SELECT count(*) FROM challenge")).isEqualTo(challenges);
		assertThat(application.count("SELECT count(*) FROM person")).isEqualTo(people);

		assertThat(application.stop()).isIn(0, 143);
		assertThat(application.postmasterPid()).doesNotExist();
	}

	@AfterEach
	void stopEverything() throws Exception {
		application.close();
	}

}
