package org.pilotbridge.catalogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;

/**
 * A published solution that matches a challenge, and why.
 *
 * @param sameDivision whether it shares a CPV division with the challenge
 * @param sharedWords how many distinct words (stemmed) of the challenge's title and
 * summary it uses
 * @param invitedAt when a manager invited its company to the challenge, {@code null} if
 * not yet
 */
public record SuggestedSolution(SolutionId id, String reference, String name, String pitch, OrganisationId company,
		String companyName, int trl, boolean sameDivision, int sharedWords, @Nullable Instant invitedAt) {
}
