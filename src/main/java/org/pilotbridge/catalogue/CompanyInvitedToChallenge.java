package org.pilotbridge.catalogue;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when a challenge manager invited the company behind a catalogue solution to
 * look at an open challenge.
 *
 * @param message what the manager wrote, possibly empty
 */
public record CompanyInvitedToChallenge(ChallengeId challenge, String challengeReference, String challengeTitle,
		OrganisationId agency, String agencyName, SolutionId solution, String solutionName, OrganisationId company,
		String message, AuditRecord auditRecord) implements AuditableEvent {
}
