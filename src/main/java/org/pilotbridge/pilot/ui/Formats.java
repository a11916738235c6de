package org.pilotbridge.pilot.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates in the visitor's language. */
final class Formats {

	private Formats() {
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
