package org.pilotbridge.proposal;

/**
 * Where a proposal is: {@code DRAFT → SUBMITTED → WITHDRAWN}. A submitted proposal can be
 * submitted again (a new version) and a withdrawn one resubmitted, until the challenge's
 * deadline.
 */
public enum ProposalState {

	DRAFT, SUBMITTED, WITHDRAWN;

	/** The message key of the state's name. */
	public String messageKey() {
		return "proposal.state-name." + name();
	}

}
