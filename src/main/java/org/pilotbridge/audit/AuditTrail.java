package org.pilotbridge.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records actions in the audit trail and proves that it has not been tampered with.
 */
@Service
public class AuditTrail {

	static final String PROBLEM_PREVIOUS_HASH = "audit.problem.previous-hash";

	static final String PROBLEM_CONTENT = "audit.problem.content";

	static final String PROBLEM_CHECKPOINT = "audit.problem.checkpoint";

	private static final int BATCH = 1_000;

	private final AuditEntries entries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditTrail(AuditEntries entries, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an action right away, in a transaction of its own, so that a read of sealed
	 * content is recorded even though the caller only reads.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditRecord record) {
		entries.append(record);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> entriesOf(String objectType, Object objectId) {
		return entries.ofObject(objectType, objectId.toString());
	}

	/**
	 * The entries about the objects, with their links into the chain and the chain's
	 * latest verifications, for a module that has checked who asks (the procurement
	 * file).
	 * @param objects the ids of the objects, by object type ({@code challenge},
	 * {@code proposal}, …)
	 */
	@Transactional(readOnly = true)
	public AuditExcerpt excerpt(Map<String, ? extends Collection<String>> objects) {
		return new AuditExcerpt(entries.linkedEntriesOf(objects), entries.lastIntactVerification(),
				entries.latestVerification());
	}

	/** The most recent entries first, for platform administrators. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public List<AuditEntry> latest(int offset, int limit) {
		return entries.latest(offset, limit);
	}

	@Transactional(readOnly = true)
	public long size() {
		return entries.count();
	}

	/**
	 * Recomputes every link of the chain, reports the first entry that does not match,
	 * and records the result as a checkpoint. An entry deleted before the last intact
	 * checkpoint is detected too. For platform administrators; the nightly job verifies
	 * the chain as the system.
	 */
	@Transactional
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public ChainVerification verify() {
		return verifyChain();
	}

	/** {@link #verify()} for the verification job, which acts for nobody. */
	@Transactional
	ChainVerification verifyChain() {
		var verifiedAt = clock.instant();
		long checked = 0;
		var expectedPrevious = AuditHashing.GENESIS;
		AuditEntries.StoredEntry head = null;
		ChainVerification result = null;
		var batch = entries.chainAfter(0, BATCH);
		while (!batch.isEmpty() && result == null) {
			for (var entry : batch) {
				checked++;
				if (!entry.previousHash().equals(expectedPrevious)) {
					result = broken(verifiedAt, checked, entry.number(), PROBLEM_PREVIOUS_HASH);
					break;
				}
				if (!entry.contentMatchesHash()) {
					result = broken(verifiedAt, checked, entry.number(), PROBLEM_CONTENT);
					break;
				}
				expectedPrevious = entry.hash();
				head = entry;
			}
			batch = entries.chainAfter(batch.get(batch.size() - 1).number(), BATCH);
		}
		if (result == null) {
			result = checkpointStillHolds() ? new ChainVerification(verifiedAt, checked, null, null)
					: broken(verifiedAt, checked, entries.lastIntactCheckpoint().orElseThrow().entryNumber(),
							PROBLEM_CHECKPOINT);
		}
		entries.saveVerification(result, result.intact() ? head : null);
		if (!result.intact()) {
			events.publishEvent(new AuditChainBroken(result.firstBrokenEntry(), result.problem(), verifiedAt));
		}
		return result;
	}

	private boolean checkpointStillHolds() {
		return entries.lastIntactCheckpoint()
			.map(checkpoint -> entries.entry(checkpoint.entryNumber())
				.map(entry -> entry.hash().equals(checkpoint.entryHash()))
				.orElse(false))
			.orElse(true);
	}

	private static ChainVerification broken(Instant at, long checked, @Nullable Long entry, String problem) {
		return new ChainVerification(at, checked, entry, problem);
	}

}
