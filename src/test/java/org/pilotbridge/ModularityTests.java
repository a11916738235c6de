package org.pilotbridge;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries honest and writes the module documentation (PlantUML and
 * AsciiDoc) to {@code target/spring-modulith-docs}.
 * <p>
 * {@code verify()} refuses a dependency a module has not declared in
 * {@code allowedDependencies}, a use of a type outside the used module's named interfaces
 * (its root package is its unnamed interface, see {@code docs/architecture.md}), and
 * cycles. It checks declared dependencies only for modules that declare them, so every
 * module must.
 *
 * @see "Design decision: docs/decisions/DD028-20261207-module-contracts.md"
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PilotbridgeApplication.class);

	@Test
	void verifiesModuleStructure() {
		modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayDependOn() {
		var undeclared = modules.stream()
			.filter(module -> ApplicationModuleInformation.of(module.getBasePackage())
				.getDeclaredDependencies()
				.contains(ApplicationModule.OPEN_TOKEN))
			.map(module -> module.getIdentifier().toString())
			.toList();
		assertThat(undeclared).as("modules whose package-info.java declares no allowedDependencies").isEmpty();
	}

	@Test
	void noModuleIsOpen() {
		var open = modules.stream()
			.filter(module -> module.isOpen())
			.map(module -> module.getIdentifier().toString())
			.toList();
		assertThat(open).as("modules declared type = OPEN, whose internals any module may use").isEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}

}
