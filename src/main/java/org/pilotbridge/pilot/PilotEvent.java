package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;

/** What every event of a pilot carries: which pilot, of which challenge. */
public interface PilotEvent extends AuditableEvent {

	PilotId pilot();

	String reference();

	ChallengeId challenge();

}
