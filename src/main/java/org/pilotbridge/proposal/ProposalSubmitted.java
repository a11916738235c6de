package org.pilotbridge.proposal;

import java.time.Instant;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;

/**
 * Published when a version of a proposal was received before the deadline (only if its
 * transaction committed). It carries no content: its receipt is fetched with
 * {@link ProposalQuery#receipt} on behalf of the submitter.
 *
 * @param version 1 for the first submission, n for the n-th
 * @param receivedAt the server's time of receipt
 * @param digest the SHA-256 of the version's canonical form
 */
public record ProposalSubmitted(ProposalId proposal, ChallengeId challenge, OrganisationId company,
		PersonId submittedBy, int version, Instant receivedAt, String digest,
		AuditRecord auditRecord) implements AuditableEvent {
}
