package org.pilotbridge.proposal;

/**
 * What became of a submitted proposal once the evaluation ended; recorded by the
 * evaluation module through {@link ProposalOutcomes}.
 */
public enum ProposalOutcome {

	AWARDED, NOT_AWARDED;

	/** The message key of the outcome's name. */
	public String messageKey() {
		return "proposal.outcome-name." + name();
	}

}
