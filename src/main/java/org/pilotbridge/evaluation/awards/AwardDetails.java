package org.pilotbridge.evaluation.awards;

import java.util.Optional;

import org.pilotbridge.challenge.ChallengeId;

/**
 * The facts of an award decision that the public may know, for the OCDS award release.
 * The {@code evaluation} module, which takes the decision, answers it from its records;
 * the open-data module, downstream, asks it.
 * <p>
 * The open-data module calls it after the challenge became {@code AWARDED} or
 * {@code NO_AWARD}, in a transaction of its own, with no person signed in. It answers
 * from data already committed and publishes no events.
 */
public interface AwardDetails {

	/** The decision on the challenge; empty when there is none (yet). */
	Optional<AwardDecision> decision(ChallengeId challenge);

}
