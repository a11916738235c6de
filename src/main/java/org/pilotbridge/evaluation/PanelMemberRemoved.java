package org.pilotbridge.evaluation;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * Published when a manager of the challenge removed a member from its panel (or withdrew
 * an invitation nobody had accepted yet). The member lost access at once.
 *
 * @param person the removed person, if they had joined
 * @param email the address the invitation went to
 * @param newChair the person who took over the chair, when the chair was removed
 */
public record PanelMemberRemoved(ChallengeId challenge, PanelMemberId member, @Nullable PersonId person, String email,
		String name, Language language, PanelRole role, String reason, @Nullable PersonId newChair, String removerName,
		String challengeReference, String challengeTitle, AuditRecord auditRecord) implements AuditableEvent {
}
