package org.pilotbridge.pilot;

/**
 * Where a pilot stands: {@code PLANNED → RUNNING → COMPLETED}, or {@code STOPPED} (with a
 * reason) before or while it runs.
 */
public enum PilotStatus {

	/** Awarded; its dates and milestones are being planned. */
	PLANNED,

	/** Started on its start date. */
	RUNNING,

	/** Ran to its end. */
	COMPLETED,

	/** Ended early, or never started, for a reason the managers gave. */
	STOPPED;

	public boolean hasEnded() {
		return this == COMPLETED || this == STOPPED;
	}

	public String messageKey() {
		return "pilot.status." + name();
	}

}
