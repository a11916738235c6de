package org.pilotbridge.pilot;

/** What the agency decided after the pilot. */
public enum PilotDecision {

	/** Roll the solution out more widely with the same supplier, within the law. */
	SCALE_UP,

	/** Buy at a larger scale through a new, larger procurement. */
	PROCURE_AT_LARGER_SCALE,

	/** Go no further. */
	STOP;

	public String messageKey() {
		return "pilot.decision." + name();
	}

}
