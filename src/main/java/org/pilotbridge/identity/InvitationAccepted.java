package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;

/**
 * Published when an invited person accepted and became a member.
 */
public record InvitationAccepted(OrganisationId organisation, PersonId person, MembershipRole role,
		AuditRecord auditRecord) implements AuditableEvent {
}
