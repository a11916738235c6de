package org.pilotbridge.opendata.spi;

import java.util.Optional;

import org.pilotbridge.challenge.ChallengeId;

/**
 * The facts of an award decision that the public may know, for the OCDS award release. Implemented
 * by the module that takes the decision ({@code evaluation}); while no implementation exists, award
 * releases carry only what {@link org.pilotbridge.challenge.ChallengeAwarded} says.
 * <p>
 * The open-data module calls it after the challenge became {@code AWARDED} or {@code NO_AWARD}, in a
 * transaction of its own, with no person signed in. It must answer from data already committed and
 * must not publish events.
 */
public interface AwardDetails {

	/** The decision on the challenge; empty when there is none (yet). */
	Optional<AwardDecision> decision(ChallengeId challenge);

}
