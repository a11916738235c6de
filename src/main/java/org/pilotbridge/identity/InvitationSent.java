package org.pilotbridge.identity;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.shared.Language;

/**
 * Published when an administrator of an organisation invited someone by e-mail. The link
 * holds the single-use token; it is not part of the audit record.
 */
public record InvitationSent(InvitationId invitation, OrganisationId organisation, String organisationName,
		String inviterName, String email, MembershipRole role, Language language, String link,
		AuditRecord auditRecord) implements AuditableEvent {
}
