package org.pilotbridge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * Rules Spring Modulith cannot see: views and the public site's controllers stay thin
 * over services, and time comes from the clock.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.pilotbridge");

	@Test
	void views_and_public_pages_do_not_use_repositories_or_sql() {
		noClasses().that()
			.resideInAnyPackage("..ui..", "..web..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.check(classes);
	}

	@Test
	void views_and_public_pages_do_not_open_transactions() {
		noClasses().that()
			.resideInAnyPackage("..ui..", "..web..")
			.should()
			.beAnnotatedWith(Transactional.class)
			.check(classes);
		noMethods().that()
			.areDeclaredInClassesThat()
			.resideInAnyPackage("..ui..", "..web..")
			.should()
			.beAnnotatedWith(Transactional.class)
			.check(classes);
	}

	/**
	 * The volume data set generator (src/volume, DD015) is test code, never in the
	 * production jar.
	 */
	@Test
	void the_volume_data_generator_stays_out_of_the_production_code() {
		noClasses().that()
			.resideInAPackage("org.pilotbridge.demo")
			.should()
			.haveSimpleNameStartingWith("Volume")
			.check(classes);
	}

	@Test
	void time_comes_from_the_injected_clock() {
		noClasses().should()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.ZonedDateTime.class, "now")
			.orShould()
			.callMethod(java.time.OffsetDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("services take a java.time.Clock so that deadlines can be tested")
			.check(classes);
	}

}
