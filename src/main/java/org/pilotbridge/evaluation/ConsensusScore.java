package org.pilotbridge.evaluation;

import java.time.Instant;

import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.identity.PersonId;

/**
 * The panel's score on one criterion of a proposal, as the chair recorded it: the bidder
 * reads the justification.
 *
 * @param meanPoints the mean of the individual scores, rounded to the scale: the
 * prefilled value
 * @param changeReason why the points differ from the mean; empty when they do not
 * @param byStandIn whether the stand-in recorded it, because the chair is recused from
 * the proposal
 */
public record ConsensusScore(CriterionId criterion, int points, int meanPoints, String justification,
		String changeReason, PersonId recordedBy, Instant recordedAt, boolean byStandIn) {

	public static final int REASON_MAX_LENGTH = 1000;

}
