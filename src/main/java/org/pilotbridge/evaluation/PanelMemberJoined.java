package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;

/**
 * Published when an invited person accepted to sit on the panel.
 */
public record PanelMemberJoined(ChallengeId challenge, PanelMemberId member, PersonId person, PanelRole role,
		AuditRecord auditRecord) implements AuditableEvent {
}
