package org.pilotbridge.dossier;

import org.pilotbridge.challenge.ChallengeId;

/**
 * The address of a challenge's procurement file. {@code LinksResolveTests} checks that it
 * is served.
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public final class ProcurementFileLinks {

	private ProcurementFileLinks() {
	}

	/** The ZIP of the challenge's procurement file, for its managers. */
	public static String file(ChallengeId challenge) {
		return "/procurement-files/" + challenge;
	}

}
