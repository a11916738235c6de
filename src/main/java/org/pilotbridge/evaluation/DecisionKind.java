package org.pilotbridge.evaluation;

enum DecisionKind {

	AWARD, NO_AWARD

}
