package org.pilotbridge.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBrokenEntry the number of the first entry that does not match, if any
 * @param problem what does not match there, as a message key of the audit bundle
 */
public record ChainVerification(Instant verifiedAt, long entriesChecked, @Nullable Long firstBrokenEntry,
		@Nullable String problem) {

	public boolean intact() {
		return firstBrokenEntry == null && problem == null;
	}

}
