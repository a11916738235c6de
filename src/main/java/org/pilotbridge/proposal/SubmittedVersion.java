package org.pilotbridge.proposal;

import java.time.Instant;

import org.pilotbridge.identity.PersonId;

/**
 * One submission of a proposal, as recorded when it was received: immutable, kept for
 * good.
 *
 * @param number 1 for the first submission, then 2, 3, …; the latest counts
 * @param receivedAt the server's time of receipt, taken under the challenge's lock before
 * the deadline
 * @param digest the SHA-256 of the version's canonical form (which covers every
 * attachment's own SHA-256), in lower-case hex, as printed on the receipt
 * @param unverifiedCompany whether the company was still waiting for verification when it
 * submitted
 */
public record SubmittedVersion(ProposalId proposal, int number, Instant receivedAt, PersonId submittedBy, String digest,
		boolean unverifiedCompany) {
}
