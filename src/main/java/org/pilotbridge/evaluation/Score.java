package org.pilotbridge.evaluation;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.shared.UserText;

/**
 * An evaluator's score on one qualitative criterion, possibly still incomplete in a
 * draft.
 */
public record Score(CriterionId criterion, @Nullable Integer points, String justification) {

	public static final int JUSTIFICATION_MAX_LENGTH = 2000;

	public Score {
		justification = UserText.clean(justification);
	}

}
