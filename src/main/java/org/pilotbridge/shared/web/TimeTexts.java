package org.pilotbridge.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the public site's pages write them, in the page's language: a
 * deadline in the challenge's official zone (the visitor's own zone is added by the
 * page's script when it differs), and the time left.
 */
@Component
public class TimeTexts {

	private final MessageSource messages;

	TimeTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String dateTime(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(zone));
	}

	public String date(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone));
	}

	/**
	 * A moment in the official zone, such as "12 December 2026, 17:00 (Europe/Brussels)",
	 * for a {@code <time>}.
	 */
	public Moment moment(Instant instant, ZoneId official, Locale locale) {
		return new Moment(instant.toString(), dateTime(instant, official, locale) + " (" + official.getId() + ")",
				official.getId(), messages.getMessage("time.in-your-zone", new Object[] { "{0}" }, locale));
	}

	/** "3 days left", "2 h 5 min left", "The deadline has passed". */
	public String timeLeft(Instant deadline, Instant now, Locale locale) {
		var left = Duration.between(now, deadline);
		if (left.isNegative() || left.isZero()) {
			return messages.getMessage("time.passed", null, locale);
		}
		if (left.toDays() >= 2) {
			return messages.getMessage("time.days-left", new Object[] { left.toDays() }, locale);
		}
		if (left.toHours() >= 1) {
			return messages.getMessage("time.hours-left", new Object[] { left.toHours(), left.toMinutesPart() },
					locale);
		}
		return messages.getMessage("time.minutes-left", new Object[] { Math.max(1, left.toMinutes()) }, locale);
	}

	/**
	 * A moment for {@code <time datetime="…" data-zone="…" data-local="…">}: the page's
	 * script adds the visitor's local time with {@code local}, whose {@code {0}} it
	 * replaces.
	 *
	 * @param iso the instant, ISO 8601
	 * @param text the moment in the official zone, with the zone's name
	 * @param zone the official zone's id
	 * @param local the words around the visitor's local time, such as "{0} in your time
	 * zone"
	 */
	public record Moment(String iso, String text, String zone, String local) {
	}

}
