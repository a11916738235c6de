package org.pilotbridge.pilot;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;

/**
 * The platform's figures, per year, per agency and in total. A challenge counts in the
 * year it was published (in its official time zone), and so do its proposals, awards and
 * pilots, so that each row follows one cohort of challenges from publication to results.
 *
 * @see "Design decision: docs/decisions/DD009-20261205-pilots-and-results.md"
 */
public record PlatformStatistics(List<Row> years, List<Row> agencies, Row total) {

	public PlatformStatistics {
		years = List.copyOf(years);
		agencies = List.copyOf(agencies);
	}

	/**
	 * The figures of one group of challenges.
	 *
	 * @param label the year, the agency's name, or empty for the total
	 * @param agency the agency of a per-agency row
	 * @param challengesPublished challenges published, withdrawn ones included
	 * @param proposalsReceived proposals that counted at the close of the challenges
	 * whose evaluation has ended (the number is sealed until then)
	 * @param awards proposals awarded: one per pilot
	 * @param awardsToSmes awards to micro, small and medium-sized companies (Commission
	 * Recommendation 2003/361/EC), by the size the company declared when it was awarded
	 * @param smeShare {@code awardsToSmes / awards} in percent, to one decimal;
	 * {@code null} without awards
	 * @param medianDaysToAward the median of the days from publication to award (calendar
	 * days in the challenge's zone) of the awarded challenges; {@code null} without any
	 * @param pilotsCompleted pilots that ran to their end
	 * @param pilotsStopped pilots stopped early or before they started
	 * @param succeeded published results with that outcome; likewise
	 * {@code partlySucceeded} and {@code didNotSucceed}
	 */
	public record Row(String label, @Nullable OrganisationId agency, int challengesPublished, int proposalsReceived,
			int awards, int awardsToSmes, @Nullable BigDecimal smeShare, @Nullable BigDecimal medianDaysToAward,
			int pilotsCompleted, int pilotsStopped, int succeeded, int partlySucceeded, int didNotSucceed) {

		/** Results published, whatever their outcome. */
		public int resultsPublished() {
			return succeeded + partlySucceeded + didNotSucceed;
		}

	}

}
