package org.pilotbridge.catalogue;

import java.util.List;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published once per company when a new challenge matches one of its published solutions,
 * by CPV division or by its words, and the company has not turned such news off.
 *
 * @param solutionNames the company's solutions that match, best first
 */
public record MatchingChallengePublished(ChallengeId challenge, String challengeReference, String challengeTitle,
		OrganisationId company, List<String> solutionNames) {

	public MatchingChallengePublished {
		solutionNames = List.copyOf(solutionNames);
	}

}
