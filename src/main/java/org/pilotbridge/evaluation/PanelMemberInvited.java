package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.shared.Language;

/**
 * Published when a challenge manager invited someone to the panel. The link holds the
 * single-use token; it is not part of the audit record.
 */
public record PanelMemberInvited(ChallengeId challenge, PanelMemberId member, String email, String name, PanelRole role,
		Language language, String inviterName, String challengeReference, String challengeTitle, String link,
		AuditRecord auditRecord) implements AuditableEvent {
}
