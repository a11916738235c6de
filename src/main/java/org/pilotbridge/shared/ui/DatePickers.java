package org.pilotbridge.shared.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * Translates the calendar of Vaadin's date pickers (month and day names, "Today",
 * "Cancel"), which otherwise stays in English whatever the visitor's language. Weeks
 * start on Monday, as everywhere the platform serves.
 */
public final class DatePickers {

	private DatePickers() {
	}

	/** Translates the picker in the language of the UI it is shown in. */
	public static DateTimePicker translated(DateTimePicker picker, Component translator) {
		picker.setDatePickerI18n(i18n(translator, picker.getLocale()));
		return picker;
	}

	public static DatePicker translated(DatePicker picker, Component translator) {
		picker.setI18n(i18n(translator, picker.getLocale()));
		return picker;
	}

	private static DatePicker.DatePickerI18n i18n(Component translator, Locale locale) {
		// Vaadin lists the days from Sunday.
		var days = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		return new DatePicker.DatePickerI18n()
			.setMonthNames(Arrays.stream(Month.values())
				.map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
				.toList())
			.setWeekdays(days.stream()
				.map(day -> capitalised(day.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
				.toList())
			.setWeekdaysShort(days.stream()
				.map(day -> capitalised(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale))
				.toList())
			.setFirstDayOfWeek(1)
			.setToday(translator.getTranslation("date-picker.today"))
			.setCancel(translator.getTranslation("date-picker.cancel"));
	}

	private static String capitalised(String name, Locale locale) {
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
