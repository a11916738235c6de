package org.pilotbridge.challenge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CpvCatalogueTests {

	private static final CpvCatalogue catalogue = new CpvCatalogue();

	@Test
	void findsCodesWithOrWithoutTheirCheckDigit() {
		assertThat(catalogue.find("03111000-2"))
			.hasValueSatisfying(entry -> assertThat(entry.label()).isEqualTo("Seeds"));
		assertThat(catalogue.find("03111000"))
			.hasValueSatisfying(entry -> assertThat(entry.code()).isEqualTo("03111000-2"));
		assertThat(catalogue.find(" 72000000-5 ")).isPresent();
	}

	@Test
	void findsNothingForUnknownCodesOrAWrongCheckDigit() {
		assertThat(catalogue.find("03111000-3")).isEmpty();
		assertThat(catalogue.find("99999999")).isEmpty();
		assertThat(catalogue.find("0311")).isEmpty();
		assertThat(catalogue.find("seeds")).isEmpty();
		assertThat(catalogue.exists("72000000-5")).isTrue();
		assertThat(catalogue.exists("72000000-4")).isFalse();
	}

	@Test
	void searchesByCodePrefix() {
		var found = catalogue.search("7221", 50);

		assertThat(found).isNotEmpty().allSatisfy(entry -> assertThat(entry.code()).startsWith("7221"));
		assertThat(catalogue.search("72 21", 50)).isEqualTo(found);
	}

	@Test
	void searchesByAllWordsIgnoringCaseAndAccents() {
		var found = catalogue.search("Software DEVELOP", 20);

		assertThat(found).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.label().toLowerCase()).contains("software").contains("develop"));
		assertThat(catalogue.search("sóftwäre develop", 20)).isEqualTo(found);
		assertThat(catalogue.search("software zzzz", 20)).isEmpty();
	}

	@Test
	void ranksCodeMatchesFirstThenShorterLabels() {
		var found = catalogue.search("seeds", 50);

		assertThat(found.get(0).label()).isEqualTo("Seeds");
		for (int i = 1; i < found.size(); i++) {
			assertThat(found.get(i).label().length()).isGreaterThanOrEqualTo(found.get(i - 1).label().length());
		}
		var byCode = catalogue.search("03", 5);
		assertThat(byCode).extracting(CpvCatalogue.Entry::code).allMatch(code -> code.startsWith("03"));
	}

	@Test
	void returnsAtMostTheLimit() {
		assertThat(catalogue.search("services", 7)).hasSize(7);
		assertThat(catalogue.search("", 7)).isEmpty();
	}

	@Test
	void listsTheDivisions() {
		assertThat(catalogue.divisions()).hasSize(45)
			.allSatisfy(entry -> assertThat(entry.code()).matches("\\d{2}000000-\\d"));
		assertThat(catalogue.divisions().get(0).code()).isEqualTo("03000000-1");
		assertThat(catalogue.divisionOf("72212000-4"))
			.hasValueSatisfying(entry -> assertThat(entry.code()).isEqualTo("72000000-5"));
	}

	@Test
	void takesTheDivisionFromTheFirstTwoDigits() {
		assertThat(CpvCatalogue.division("72212000-4")).isEqualTo("72");
		assertThat(CpvCatalogue.division("03111000")).isEqualTo("03");
		assertThatIllegalArgumentException().isThrownBy(() -> CpvCatalogue.division("x"));
	}

}
