package org.pilotbridge.evaluation;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * Published when the system removed a member from a panel because they belong to a
 * company with a proposal for the challenge: found at the close, when the evaluation
 * started, or when they joined such a company afterwards. They lost access at once.
 *
 * @param company the name of the bidding company they belong to
 * @param reopenedConsensus how many proposals' consensus rested on their scores and was
 * withdrawn, to be recorded again without them
 */
public record PanelMemberExcluded(ChallengeId challenge, PanelMemberId member, PersonId person, String name,
		PanelRole role, String company, int reopenedConsensus, String challengeReference, String challengeTitle,
		AuditRecord auditRecord) implements AuditableEvent {
}
