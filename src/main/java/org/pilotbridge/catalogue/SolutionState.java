package org.pilotbridge.catalogue;

/**
 * Where the working version of a solution stands. The published version, if any, is
 * separate: it stays online whatever happens to the working version until a newer one is
 * approved or the company withdraws the solution.
 */
public enum SolutionState {

	/** Being written or changed; not submitted for screening. */
	DRAFT,

	/** Submitted; waits for a platform administrator. */
	PENDING,

	/** Refused by a platform administrator, with a reason the company sees. */
	REJECTED,

	/** Approved: the working version is the published one. */
	PUBLISHED;

	public String messageKey() {
		return "catalogue.solution.state." + name();
	}

}
