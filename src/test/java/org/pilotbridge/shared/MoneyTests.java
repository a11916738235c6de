package org.pilotbridge.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTests {

	@Test
	void keepsTwoDecimals() {
		assertThat(Money.euros(30_000).amount()).isEqualTo(new BigDecimal("30000.00"));
		assertThat(Money.euros("12.5").amount().scale()).isEqualTo(2);
		assertThat(Money.euros("12.5")).isEqualTo(Money.euros("12.50"));
	}

	@Test
	void refusesFractionsOfCentsInsteadOfRounding() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.euros("0.005"));
	}

	@Test
	void refusesAmountsTheColumnCannotHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.euros("10000000000"));
		assertThat(Money.euros(Money.MAX_AMOUNT).amount()).isEqualTo(Money.MAX_AMOUNT);
	}

	@Test
	void checksFormInputAsFieldProblems() {
		assertThatThrownBy(() -> Money.positive("budgetCap", BigDecimal.ZERO, Money.EUR))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).problems().get(0).messageKey())
			.isEqualTo("validation.money.positive");
		assertThatThrownBy(() -> Money.positiveOrZero("price", new BigDecimal("-1"), Money.EUR))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).problems().get(0).messageKey())
			.isEqualTo("validation.money.not-negative");
		assertThatThrownBy(() -> Money.positive("price", new BigDecimal("1.001"), Money.EUR))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).problems().get(0).field())
			.isEqualTo("price");
		assertThat(Money.positiveOrZero("price", BigDecimal.ZERO, Money.EUR).isZero()).isTrue();
	}

	@Test
	void comparesAndAddsOnlyTheSameCurrency() {
		assertThat(Money.euros(30_001).isGreaterThan(Money.euros(30_000))).isTrue();
		assertThat(Money.euros("0.10").plus(Money.euros("0.20"))).isEqualTo(Money.euros("0.30"));
		assertThat(Money.euros(5).minus(Money.euros(7)).isNegative()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> Money.euros(1).compareTo(Money.of("1", "USD")));
	}

	@Test
	void formatsAsReadersOfTheLanguageExpect() {
		var budget = Money.euros("30000");
		assertThat(budget.format(Locale.ENGLISH)).contains("30,000.00").contains("€");
		assertThat(budget.format(Locale.FRENCH)).contains("30").contains("000,00").contains("€");
		assertThat(budget.format(Locale.GERMAN)).contains("30.000,00").contains("€");
		assertThat(Money.of(new BigDecimal("12"), Currency.getInstance("USD")).toString()).isEqualTo("USD 12.00");
	}

}
