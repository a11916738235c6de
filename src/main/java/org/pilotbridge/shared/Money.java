package org.pilotbridge.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency, always with two decimals (cents), as stored in a
 * {@code numeric(12,2)} column beside a {@code char(3)} currency code. Prices and budgets
 * are excluding VAT. Amounts with more than two decimals are refused rather than silently
 * rounded.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	public static final Currency EUR = Currency.getInstance("EUR");

	/** The largest amount a {@code numeric(12,2)} column holds. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		try {
			amount = amount.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException moreThanCents) {
			throw new IllegalArgumentException("An amount has at most two decimals: " + amount, moreThanCents);
		}
		if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
			throw new IllegalArgumentException("Amount out of range: " + amount);
		}
	}

	public static Money of(BigDecimal amount, Currency currency) {
		return new Money(amount, currency);
	}

	public static Money of(String amount, String currencyCode) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
	}

	public static Money euros(BigDecimal amount) {
		return new Money(amount, EUR);
	}

	public static Money euros(long amount) {
		return new Money(BigDecimal.valueOf(amount), EUR);
	}

	public static Money euros(String amount) {
		return new Money(new BigDecimal(amount), EUR);
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	/**
	 * An amount entered in a form that must be more than zero.
	 * @throws InvalidInput ({@code validation.money.positive}) when it is zero or less
	 */
	public static Money positive(String field, BigDecimal amount, Currency currency) {
		var money = checked(field, amount, currency);
		if (!money.isPositive()) {
			throw InvalidInput.of(field, "validation.money.positive");
		}
		return money;
	}

	/**
	 * An amount entered in a form that may be zero but not less.
	 * @throws InvalidInput ({@code validation.money.not-negative}) when it is less than
	 * zero
	 */
	public static Money positiveOrZero(String field, BigDecimal amount, Currency currency) {
		var money = checked(field, amount, currency);
		if (money.isNegative()) {
			throw InvalidInput.of(field, "validation.money.not-negative");
		}
		return money;
	}

	private static Money checked(String field, BigDecimal amount, Currency currency) {
		try {
			return new Money(amount, currency);
		}
		catch (IllegalArgumentException | NullPointerException malformed) {
			throw InvalidInput.of(field, "validation.money.invalid");
		}
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public Money plus(Money other) {
		return new Money(amount.add(sameCurrency(other).amount), currency);
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(sameCurrency(other).amount), currency);
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	/**
	 * @throws IllegalArgumentException when the currencies differ: amounts in different
	 * currencies are not comparable without an exchange rate
	 */
	@Override
	public int compareTo(Money other) {
		return amount.compareTo(sameCurrency(other).amount);
	}

	/**
	 * The amount as people of that language write it, such as {@code € 30.000,00} or
	 * {@code €30,000.00}.
	 */
	public String format(Locale locale) {
		var format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(currency);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	private Money sameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Different currencies: " + currency + " and " + other.currency);
		}
		return other;
	}

	@Override
	public String toString() {
		return currency.getCurrencyCode() + " " + amount.toPlainString();
	}

}
