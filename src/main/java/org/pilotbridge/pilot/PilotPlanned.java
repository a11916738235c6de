package org.pilotbridge.pilot;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;

/**
 * Published when an awarded proposal became a pilot, once the award was final.
 */
public record PilotPlanned(PilotId pilot, String reference, ChallengeId challenge, OrganisationId agency,
		OrganisationId company, AuditRecord auditRecord) implements PilotEvent {
}
