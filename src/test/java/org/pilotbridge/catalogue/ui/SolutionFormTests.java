package org.pilotbridge.catalogue.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pilotbridge.catalogue.SolutionProfile;
import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company reopens its solution profile in the editor and saves it untouched: every part
 * of it comes back as it was, through the form's fields and their bindings.
 */
class SolutionFormTests {

	final SolutionForm form = new SolutionForm(new CpvCatalogue());

	@Test
	void givesBackEveryPartOfTheProfileItShows() {
		var profile = SolutionProfile.builder()
			.name("Binsense")
			.pitch("Ultrasonic sensors tell your crews which street bins are full.")
			.description("Each sensor clips under the **lid** of a street bin.")
			.problemsSolved("Half-empty bins emptied on fixed rounds.")
			.cpvCodes(List.of("72000000-5"))
			.trl(8)
			.customerReferences("Used in two Flemish towns since 2024.")
			.languages(List.of(Language.DUTCH, Language.ENGLISH))
			.website("https://binsense.example/product")
			.build();

		form.read(profile);

		assertThat(form.value()).isEqualTo(profile);
	}

	@Test
	void givesBackAProfileWithoutWebsiteOrMaturity() {
		var profile = SolutionProfile.builder().name("Binsense").languages(List.of(Language.GERMAN)).build();

		form.read(profile);

		assertThat(form.value()).isEqualTo(profile);
		assertThat(form.value().website()).isNull();
	}

}
