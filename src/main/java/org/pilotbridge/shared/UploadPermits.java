package org.pilotbridge.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The permits for receiving and storing uploaded files on this node, {@code
 * pilotbridge.request-body.concurrent-uploads} of them. Each upload request takes one
 * before the first byte of its body is read and holds it until it ends, so that at most
 * that many files are read, checked and written at once, whatever arrives; when none is
 * free the request waits a little ({@code pilotbridge.request-body.upload-wait}) for one
 * to be given back, in arrival order, and is refused (with "busy, try again") only if
 * none is by then. What stores an upload outside such a request (a job, the demo, a test)
 * waits for a permit instead, and code running inside an upload request uses the permit
 * the request already holds.
 *
 * @see "Design decision: docs/decisions/DD023-20261207-request-body-bounds.md"
 */
public final class UploadPermits {

	private final Semaphore permits;

	private final int count;

	private final int maxWaiting;

	private final ThreadLocal<@Nullable Permit> held = new ThreadLocal<>();

	public UploadPermits(int count) {
		this(count, 0);
	}

	/**
	 * @param count how many uploads are received at once
	 * @param maxWaiting how many more may wait for a permit at once; beyond, one is
	 * refused at once, so that waiting uploads never hold every thread of the web server
	 * (a click on Submit must find one to be stamped on arrival)
	 */
	public UploadPermits(int count, int maxWaiting) {
		if (count < 1) {
			throw new IllegalArgumentException("At least one upload permit is needed");
		}
		if (maxWaiting < 0) {
			throw new IllegalArgumentException("The uploads waiting for a permit cannot be fewer than none");
		}
		this.count = count;
		this.maxWaiting = maxWaiting;
		this.permits = new Semaphore(count, true);
	}

	/**
	 * A permit, if one is free right now; the current thread holds it until it is closed.
	 */
	public Optional<Permit> tryTake() {
		return tryTake(Duration.ZERO);
	}

	/**
	 * A permit, if one is free now or is given back within the wait (to those waiting in
	 * the order they came), unless as many are waiting already as may; the current thread
	 * holds it until it is closed.
	 */
	public Optional<Permit> tryTake(Duration wait) {
		var waitFor = permits.getQueueLength() < maxWaiting ? wait : Duration.ZERO;
		try {
			if (!permits.tryAcquire(waitFor.toNanos(), TimeUnit.NANOSECONDS)) {
				return Optional.empty();
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		var permit = new Permit();
		held.set(permit);
		return Optional.of(permit);
	}

	/**
	 * Runs the work with a permit: the one the current thread holds (an upload request),
	 * or else one taken for the work, waiting until one is free.
	 */
	public <T> T whileHolding(Supplier<T> work) {
		if (held.get() != null) {
			return work.get();
		}
		try {
			permits.acquire();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an upload permit", interrupted);
		}
		var permit = new Permit();
		held.set(permit);
		try {
			return work.get();
		}
		finally {
			permit.close();
		}
	}

	/** How many permits are free now. */
	public int available() {
		return permits.availablePermits();
	}

	/** How many requests are waiting for a permit now. */
	public int waiting() {
		return permits.getQueueLength();
	}

	/** How many permits there are. */
	public int count() {
		return count;
	}

	/** A permit held by the thread that took it, given back once. */
	public final class Permit implements AutoCloseable {

		private final AtomicBoolean released = new AtomicBoolean();

		private Permit() {
		}

		@Override
		public void close() {
			if (released.compareAndSet(false, true)) {
				if (held.get() == this) {
					held.remove();
				}
				permits.release();
			}
		}

	}

}
