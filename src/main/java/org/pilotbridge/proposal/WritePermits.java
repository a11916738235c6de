package org.pilotbridge.proposal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.shared.RequestReceipt;
import org.pilotbridge.shared.UploadPermits;

/**
 * Runs each change of a proposal in a transaction of its own, with at most
 * {@code pilotbridge.proposal.concurrent-writes} of them at once on this node.
 * <p>
 * Every change takes the challenge's row lock, and the challenge closes lazily in a
 * transaction of its own nested in the caller's: at the deadline a change can hold one
 * pooled connection while it waits for a second. Many changes at once (last-minute
 * submissions) could otherwise take every connection of the pool and wait forever for one
 * more. The permit is taken before the transaction begins, so a waiting change holds no
 * connection, and changes hold at most twice the permits. Changes of one challenge run
 * one after the other under its lock anyway, so the limit costs no throughput that
 * matters.
 * <p>
 * Uploaded files are written before their change, without the challenge's lock, in a
 * transaction of their own with one connection, each with one of the node's
 * {@link UploadPermits} (the one the upload request already holds, or one waited for), so
 * that at most {@code pilotbridge.request-body.concurrent-uploads} are written at once
 * and writing megabytes never holds up the other changes of the challenge.
 * <p>
 * Waiting for a permit costs nobody their deadline: what counts is the time of receipt
 * ({@link RequestReceipt}), the arrival of the request, or for a caller outside a request
 * the moment it asked for the permit.
 *
 * @see "Design decision: docs/decisions/DD006-20261125-proposal-sealing-and-receipts.md"
 * @see "Design decision: docs/decisions/DD023-20261207-request-body-bounds.md"
 */
@Component
class WritePermits {

	private final Semaphore permits;

	private final UploadPermits uploads;

	private final TransactionTemplate transactions;

	private final RequestReceipt receipt;

	WritePermits(ProposalProperties properties, UploadPermits uploads, PlatformTransactionManager transactionManager,
			RequestReceipt receipt) {
		this.permits = new Semaphore(properties.concurrentWrites(), true);
		this.uploads = uploads;
		this.transactions = new TransactionTemplate(transactionManager);
		this.receipt = receipt;
	}

	<T> T inTransaction(Supplier<T> work) {
		return withPermit(permits, work);
	}

	/** Writes an uploaded file, in a transaction of its own, with an upload permit. */
	<T> T inUploadTransaction(Supplier<T> work) {
		return receipt.receiving(() -> uploads.whileHolding(() -> transactions.execute(status -> work.get())));
	}

	private <T> T withPermit(Semaphore semaphore, Supplier<T> work) {
		return receipt.receiving(() -> {
			try {
				semaphore.acquire();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting to change a proposal", interrupted);
			}
			try {
				return transactions.execute(status -> work.get());
			}
			finally {
				semaphore.release();
			}
		});
	}

	void inTransaction(Runnable work) {
		inTransaction(() -> {
			work.run();
			return null;
		});
	}

}
