package org.pilotbridge.evaluation;

public enum DecisionKind {

	AWARD, NO_AWARD

}
