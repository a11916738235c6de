package org.pilotbridge.evaluation;

/**
 * What a member does on a panel. The chair (one per panel) records the consensus and
 * proposes the decision; a chair who is not an evaluator, typically a challenge manager,
 * scores nothing.
 */
public enum PanelRole {

	EVALUATOR, CHAIR, EVALUATING_CHAIR;

	public boolean scores() {
		return this != CHAIR;
	}

	public boolean chairs() {
		return this != EVALUATOR;
	}

	public String messageKey() {
		return "evaluation.role." + name();
	}

}
