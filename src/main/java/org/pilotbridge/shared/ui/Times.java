package org.pilotbridge.shared.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import org.pilotbridge.shared.Language;

/**
 * Dates and times as people read them: in their own time zone (as their browser reports
 * it) and, for deadlines, in the challenge's official zone side by side, with the time
 * left.
 */
public final class Times {

	private static final String VIEWER_ZONE = Times.class.getName() + ".viewerZone";

	private Times() {
	}

	/**
	 * Asks the browser for its time zone once per session; until it answers, the official
	 * zone is used.
	 */
	public static void learnViewerZone(UI ui) {
		if (ui.getSession().getAttribute(VIEWER_ZONE) != null) {
			return;
		}
		ui.getPage().retrieveExtendedClientDetails(details -> {
			try {
				ui.getSession().setAttribute(VIEWER_ZONE, ZoneId.of(details.getTimeZoneId()));
			}
			catch (RuntimeException unknownZone) {
				ui.getSession().setAttribute(VIEWER_ZONE, ZoneId.of("UTC"));
			}
		});
	}

	public static ZoneId viewerZone(ZoneId fallback) {
		var session = VaadinSession.getCurrent();
		var zone = session == null ? null : (ZoneId) session.getAttribute(VIEWER_ZONE);
		return zone == null ? fallback : zone;
	}

	public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(zone));
	}

	/** A calendar day, such as "21 December 2026" in English. */
	public static String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	public static String date(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone));
	}

	/**
	 * A deadline in the official zone, and also in the viewer's zone when that differs,
	 * e.g. "12 December 2026, 17:00 (Europe/Brussels) · 11:00 in your time zone".
	 */
	public static String deadline(Instant deadline, ZoneId official, Component translator) {
		var ui = UI.getCurrent();
		var locale = ui == null ? Language.ENGLISH.locale() : ui.getLocale();
		var text = dateTime(deadline, official, locale) + " (" + official.getId() + ")";
		var viewer = viewerZone(official);
		if (!viewer.getRules().getOffset(deadline).equals(official.getRules().getOffset(deadline))) {
			text += " · " + translator.getTranslation("time.in-your-zone", dateTime(deadline, viewer, locale));
		}
		return text;
	}

	/** "3 days and 4 hours left", "closed", in the viewer's language. */
	public static String timeLeft(Instant deadline, Clock clock, Component translator) {
		var left = Duration.between(clock.instant(), deadline);
		if (left.isNegative() || left.isZero()) {
			return translator.getTranslation("time.passed");
		}
		if (left.toDays() >= 2) {
			return translator.getTranslation("time.days-left", left.toDays());
		}
		if (left.toHours() >= 1) {
			return translator.getTranslation("time.hours-left", left.toHours(), left.toMinutesPart());
		}
		return translator.getTranslation("time.minutes-left", Math.max(1, left.toMinutes()));
	}

}
