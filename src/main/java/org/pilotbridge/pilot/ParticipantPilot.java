package org.pilotbridge.pilot;

/**
 * A pilot as the people taking part in it see it, with what they may do.
 *
 * @param manager whether the person runs it (a challenge manager of its agency)
 * @param companyMember whether the person belongs to the winning company
 */
public record ParticipantPilot(Pilot pilot, String agencyName, boolean manager, boolean companyMember) {
}
