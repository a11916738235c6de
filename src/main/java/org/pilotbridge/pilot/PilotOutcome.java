package org.pilotbridge.pilot;

/** Whether the pilot did what the challenge hoped, in the managers' judgement. */
public enum PilotOutcome {

	SUCCEEDED, PARTLY_SUCCEEDED, DID_NOT_SUCCEED;

	public String messageKey() {
		return "pilot.outcome." + name();
	}

}
