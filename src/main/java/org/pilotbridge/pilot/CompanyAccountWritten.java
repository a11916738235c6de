package org.pilotbridge.pilot;

import java.time.Instant;

import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeId;

/**
 * Published when a member of the winning company wrote or changed the company's account
 * of the pilot.
 *
 * @param resultsPublished whether the results, the account with them, were public when it
 * changed: the managers are then told, since the change is public at once
 * @param previousDigest the SHA-256 of the account before, in hex; empty when there was
 * none
 * @param digest the SHA-256 of the account now, in hex
 */
public record CompanyAccountWritten(PilotId pilot, String reference, ChallengeId challenge, String companyName,
		boolean resultsPublished, String previousDigest, String digest, Instant writtenAt,
		AuditRecord auditRecord) implements PilotEvent {
}
