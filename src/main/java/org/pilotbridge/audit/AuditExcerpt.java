package org.pilotbridge.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The entries of the audit trail about some objects, each with what links it into the
 * whole chain, and the chain's latest verifications: whoever holds the full trail can
 * check every entry here against it.
 *
 * @param entries in chain order
 * @param lastIntact the latest verification that found the whole chain intact, if any
 * @param latestVerification the latest verification, whatever it found, if any
 */
public record AuditExcerpt(List<LinkedEntry> entries, Optional<Checkpoint> lastIntact,
		Optional<ChainVerification> latestVerification) {

	public AuditExcerpt {
		entries = List.copyOf(entries);
	}

	/**
	 * An entry with its links: its hash is the SHA-256 of
	 * {@code previousHash + "\n" + canonicalForm} (hex), {@code previousHash} is the hash
	 * of the entry numbered {@code previousNumber}, and the entry numbered
	 * {@code nextNumber} names this entry's hash as its previous one.
	 *
	 * @param canonicalForm the exact text the hash covers (a JSON array of the entry's
	 * fields)
	 * @param previousNumber the entry before it in the chain; {@code null} for the first
	 * entry
	 * @param nextNumber the entry after it; {@code null} for the newest entry
	 * @param nextPreviousHash what the next entry names as its previous hash
	 */
	public record LinkedEntry(AuditEntry entry, String canonicalForm, @Nullable Long previousNumber,
			@Nullable Long nextNumber, @Nullable String nextPreviousHash) {
	}

	/**
	 * A verification that found the whole chain intact, up to the entry it names.
	 *
	 * @param entryNumber the newest entry then
	 * @param entryHash its hash, which a later verification checks again
	 */
	public record Checkpoint(Instant verifiedAt, long entriesChecked, long entryNumber, String entryHash) {
	}

}
