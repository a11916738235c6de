package org.pilotbridge.proposal;

/**
 * Thrown when a proposal (or its attachment, version or receipt) does not exist, or the
 * person may not know that it does: whoever may not read a proposal is told it is not
 * there, so that sealed proposals do not even reveal their existence.
 */
public class ProposalNotFound extends RuntimeException {

	public ProposalNotFound(Object id) {
		super("No proposal " + id);
	}

}
