package org.pilotbridge.evaluation;

import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.shared.UserText;

/**
 * The chair's consensus on one criterion of a proposal.
 *
 * @param justification what the bidder will read
 * @param changeReason why the points differ from the mean of the individual scores;
 * required then
 */
public record ConsensusInput(CriterionId criterion, int points, String justification, String changeReason) {

	public ConsensusInput {
		justification = UserText.clean(justification);
		changeReason = UserText.clean(changeReason);
	}

}
