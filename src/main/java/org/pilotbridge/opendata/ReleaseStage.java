package org.pilotbridge.opendata;

/**
 * The public steps of a challenge that each publish a release, with the OCDS release tag
 * and the tender status they carry.
 *
 * @see "Design decision: docs/decisions/DD007-20261125-open-data.md"
 */
enum ReleaseStage {

	/** Published: a new call for proposals. */
	TENDER("tender", "active"),

	/**
	 * Amended with a public reason (deadline extensions included): a formal change of the
	 * call.
	 */
	AMENDMENT("tenderAmendment", "active"),

	/** Closed at the deadline; proposals are being evaluated. */
	CLOSE("tenderUpdate", "active"),

	/** The panel started the evaluation: the award period begins. */
	EVALUATION("tenderUpdate", "active"),

	/** Withdrawn by the agency. */
	CANCELLATION("tenderCancellation", "cancelled"),

	/** Awarded: the awards are pending during a standstill period, else active. */
	AWARD("award", "complete"),

	/** The standstill period ended: pending awards are now active. */
	AWARD_IN_FORCE("awardUpdate", "complete"),

	/** Evaluated without an award. */
	NO_AWARD("award", "unsuccessful"),

	/** A pilot was planned for an awarded proposal: its contract. */
	CONTRACT("contract", "complete"),

	/** The dates of a pilot changed. */
	CONTRACT_UPDATE("contractUpdate", "complete"),

	/** A pilot started. */
	IMPLEMENTATION("implementation", "complete"),

	/** A milestone of a pilot was added, changed, removed, met or reopened. */
	IMPLEMENTATION_UPDATE("implementationUpdate", "complete"),

	/** A pilot was completed or stopped. */
	CONTRACT_TERMINATION("contractTermination", "complete");

	private final String tag;

	private final String tenderStatus;

	ReleaseStage(String tag, String tenderStatus) {
		this.tag = tag;
		this.tenderStatus = tenderStatus;
	}

	String tag() {
		return tag;
	}

	String tenderStatus() {
		return tenderStatus;
	}

}
