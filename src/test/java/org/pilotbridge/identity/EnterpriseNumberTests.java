package org.pilotbridge.identity;

import org.junit.jupiter.api.Test;

import org.pilotbridge.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnterpriseNumberTests {

	@Test
	void acceptsABelgianNumberWithAValidCheckDigitInAnyNotation() {
		// 0123.456.749: 97 - (01234567 mod 97) = 97 - 48 = 49.
		assertThat(EnterpriseNumber.of("BE", "0123.456.749").value()).isEqualTo("0123456749");
		assertThat(EnterpriseNumber.of("BE", "BE 0123 456 749").value()).isEqualTo("0123456749");
		assertThat(EnterpriseNumber.of("BE", "123456749").value()).isEqualTo("0123456749");
		assertThat(EnterpriseNumber.of("BE", "0123456749").formatted()).isEqualTo("0123.456.749");
	}

	@Test
	void rejectsABelgianNumberWhoseCheckDigitsDoNotMatch() {
		assertThatThrownBy(() -> EnterpriseNumber.of("BE", "0123.456.748")).isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems())
				.extracting(InvalidInput.FieldProblem::messageKey)
				.containsExactly("identity.enterprise-number.belgian-check"));
	}

	@Test
	void rejectsABelgianNumberOfTheWrongShape() {
		assertThatThrownBy(() -> EnterpriseNumber.of("BE", "2123.456.749")).isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.enterprise-number.belgian-format"));
		assertThatThrownBy(() -> EnterpriseNumber.of("BE", "12345")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> EnterpriseNumber.of("BE", "")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void checksVatNumbersAgainstTheFormatOfTheirCountry() {
		assertThat(EnterpriseNumber.of("NL", "nl 123456789 b01").value()).isEqualTo("NL123456789B01");
		assertThat(EnterpriseNumber.of("DE", "123456789").value()).isEqualTo("DE123456789");
		assertThat(EnterpriseNumber.of("GR", "123456789").value()).isEqualTo("EL123456789");
		assertThatThrownBy(() -> EnterpriseNumber.of("NL", "123456789")).isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.enterprise-number.vat-format"));
		assertThatThrownBy(() -> EnterpriseNumber.of("US", "123")).isInstanceOf(InvalidInput.class)
			.satisfies(thrown -> assertThat(((InvalidInput) thrown).problems().get(0).messageKey())
				.isEqualTo("identity.enterprise-number.unsupported-country"));
	}

}
