package org.pilotbridge.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeState;

/**
 * The catalogue solutions suggested for a challenge, for its managers.
 *
 * @param reference {@code null} for a draft
 * @param canInvite whether the challenge is open, so that companies can be invited to it
 */
public record ChallengeSuggestions(ChallengeId challenge, @Nullable String reference, String title,
		ChallengeState state, boolean canInvite, List<SuggestedSolution> solutions) {
}
