package org.pilotbridge.consultation;

import java.time.Instant;
import java.time.ZoneId;

import org.pilotbridge.identity.OrganisationId;

/**
 * One consultation in a list.
 */
public record ConsultationSummary(ConsultationId id, String reference, String title, OrganisationId agency,
		String agencyName, Instant publishedAt, Instant closesAt, ZoneId timeZone, boolean open) {

	/**
	 * Whether companies may still answer at that moment, as
	 * {@link Consultation#isOpenAt}.
	 */
	public boolean isOpenAt(Instant now) {
		return Consultation.isOpen(closesAt, now);
	}

}
