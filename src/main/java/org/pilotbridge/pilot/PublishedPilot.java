package org.pilotbridge.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.Money;

/**
 * The public results page of a pilot: what the managers published, with the company's own
 * account. Texts written in Markdown come as sanitized HTML.
 *
 * @param stopReason why the pilot stopped, when it did
 * @param companyAccountHtml empty when the company wrote none
 * @param companyAccountChangedAt when the company last wrote or changed its account, if
 * it did
 * @param publishedAt when the results were published (again, if they were withdrawn in
 * between)
 */
public record PublishedPilot(String reference, String challengeReference, String challengeTitle, String agencyName,
		String companyName, @Nullable Money amount, ZoneId timeZone, LocalDate startDate, LocalDate endDate,
		PilotStatus status, @Nullable String stopReason, PilotOutcome outcome, PilotDecision decision, String lessons,
		String lessonsHtml, String companyAccountHtml, @Nullable Instant companyAccountChangedAt,
		List<PublicMilestone> milestones, Instant publishedAt) {

	public PublishedPilot {
		milestones = List.copyOf(milestones);
	}

	public String path() {
		return PublicResults.pathOf(reference);
	}

	/**
	 * Whether the company changed its account after these results were published: the
	 * change was public at once, and the page says so to a reader who saw the earlier
	 * account.
	 */
	public boolean accountRevisedAfterPublication() {
		return companyAccountChangedAt != null && companyAccountChangedAt.isAfter(publishedAt);
	}

	/** A milestone of the pilot as published. */
	public record PublicMilestone(String title, LocalDate dueDate, boolean done) {
	}

}
