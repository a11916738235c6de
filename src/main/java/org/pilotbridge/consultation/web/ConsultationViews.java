package org.pilotbridge.consultation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.pilotbridge.consultation.ConsultationQuery;
import org.pilotbridge.consultation.ConsultationSummary;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.web.PublicPage;

/**
 * Turns what the consultations say into what their public pages show, every text
 * translated and formatted for the page's language. Nothing here decides a rule: whether
 * a consultation is open is the consultation's answer ({@code isOpenAt}).
 */
final class ConsultationViews {

	private ConsultationViews() {
	}

	static ConsultationLine line(ConsultationSummary consultation, PublicPage page, Instant now) {
		var open = consultation.isOpenAt(now);
		var when = dateTime(consultation.closesAt(), consultation.timeZone(), page.language());
		return new ConsultationLine(page.to(ConsultationQuery.pathOf(consultation.reference())), consultation.title(),
				consultation.agencyName(),
				page.message(open ? "catalogue.consultation.open-until" : "catalogue.consultation.closed-on", when));
	}

	/**
	 * A moment in a zone, with the zone's name: "12 December 2026, 17:00
	 * (Europe/Brussels)".
	 */
	static String dateTime(Instant instant, ZoneId zone, Language language) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(language.locale())
			.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
	}

	record ConsultationLine(String href, String title, String agency, String when) {
	}

}
