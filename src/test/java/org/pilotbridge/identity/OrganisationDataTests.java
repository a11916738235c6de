package org.pilotbridge.identity;

import org.junit.jupiter.api.Test;

import org.pilotbridge.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OrganisationDataTests {

	@Test
	void reportsEveryProblemOfACompanyAtOnce() {
		var invalid = catchThrowableOfType(InvalidInput.class, () -> OrganisationData.of(OrganisationKind.COMPANY, " ",
				"BE", "", "9000", "Ghent", "ftp://example.org", "0123.456.748", null));

		assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::field)
			.containsExactlyInAnyOrder("name", "street", "website", "enterpriseNumber", "sizeClass");
	}

	@Test
	void requiresAnEnterpriseNumberOfCompaniesOnly() {
		var agency = OrganisationData.of(OrganisationKind.AGENCY, "City of Oostervelde", "be", "Marktplein 1", "9999",
				"Oostervelde", "", "", SizeClass.SMALL);
		assertThat(agency.enterpriseNumber()).isNull();
		assertThat(agency.sizeClass()).as("agencies have no size class").isNull();
		assertThat(agency.country()).isEqualTo("BE");

		var company = catchThrowableOfType(InvalidInput.class, () -> OrganisationData.of(OrganisationKind.COMPANY,
				"Sensory Labs", "BE", "Kortrijksesteenweg 200", "9000", "Ghent", "", "", SizeClass.SMALL));
		assertThat(company.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("enterpriseNumber");
	}

	@Test
	void keepsAWellFormedWebsiteAndNormalisesTheNumber() {
		var data = OrganisationData.of(OrganisationKind.COMPANY, "Sensory Labs", "BE", "Kortrijksesteenweg 200", "9000",
				"Ghent", "https://sensorylabs.example", "BE0712.345.630", SizeClass.SMALL);

		assertThat(data.website()).isEqualTo("https://sensorylabs.example");
		assertThat(data.enterpriseNumber().value()).isEqualTo("0712345630");
	}

}
