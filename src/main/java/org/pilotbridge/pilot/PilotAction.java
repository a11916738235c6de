package org.pilotbridge.pilot;

/**
 * What the managers may do with a pilot where it stands, as the pilot answers it
 * ({@link Pilot#actions()}): views offer an action only when the pilot allows it and
 * never work it out from its status. The pilot checks the same rules again when the
 * action is taken (and the dates it is taken on).
 *
 * @see "Design decision: docs/decisions/DD027-20261207-typed-links.md"
 */
public enum PilotAction {

	/** Change the last day, and the first while it has not started: until it ends. */
	SCHEDULE,

	/** Move the first day: while it is planned. */
	MOVE_START,

	/** Add, change and remove milestones: until it ends. */
	PLAN_MILESTONES,

	/** Mark milestones as met or not: while it runs. */
	MARK_MILESTONES,

	/** Start it (on its first day or later): while it is planned. */
	START,

	/** Complete it with its results: while it runs. */
	COMPLETE,

	/** Stop it with a public reason: until it ends. */
	STOP,

	/** Record or correct its results: once it has ended. */
	RECORD_RESULTS,

	/**
	 * Publish its results (with an outcome): once it has ended, while they are not
	 * public.
	 */
	PUBLISH_RESULTS,

	/** Take its published results offline. */
	WITHDRAW_RESULTS

}
