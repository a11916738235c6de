package org.pilotbridge.evaluation;

/** Why a member left the panel. */
public enum RemovalCause {

	/** A manager of the challenge removed them, with a reason. */
	MANAGER,

	/**
	 * The system removed them: they belong to a company with a proposal for the
	 * challenge, which nobody on its panel may.
	 */
	BIDDING_COMPANY

}
