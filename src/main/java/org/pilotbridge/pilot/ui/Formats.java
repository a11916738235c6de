package org.pilotbridge.pilot.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Numbers and dates in the visitor's language. */
final class Formats {

	private Formats() {
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** A whole number, or one with at most one decimal, such as {@code 12}, {@code 12.5} or {@code 12,5}. */
	static String number(double value, Locale locale) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(0);
		return format.format(value);
	}

	static String number(@Nullable BigDecimal value, Locale locale, String missing) {
		return value == null ? missing : number(value.doubleValue(), locale);
	}

}
