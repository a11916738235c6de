package org.pilotbridge.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The application's clock on a demo installation: the real time, except while the demo
 * seeds its history, when it is turned back so that challenges can be published, answered
 * and closed "in the past" through the ordinary services and rules, their events handled
 * in that past too. That happens only before the application serves anyone
 * ({@link DemoSeeding}); once it serves, the clock no longer moves, so that no visitor's
 * request ever reads a time weeks ago. The real time comes from a base clock: the
 * system's, or the {@value #BASE} bean when there is one (tests move it to reach the
 * demo's deadlines without waiting).
 */
class DemoClock extends Clock {

	/** The name of the bean, if any, that gives the demo its real time. */
	static final String BASE = "demoBaseClock";

	private final Clock base;

	private final LongSupplier pendingEvents;

	private volatile Duration offset = Duration.ZERO;

	private volatile boolean serving;

	/**
	 * @param pendingEvents how many event publications are still being handled, so that
	 * what the work set off is handled in its past too, not by a listener that reads the
	 * real time after it
	 */
	DemoClock(Clock base, LongSupplier pendingEvents) {
		this.base = base;
		this.pendingEvents = pendingEvents;
	}

	/**
	 * Runs the work as if it were the given time ago.
	 * @throws IllegalStateException once the application serves requests
	 */
	<T> T ago(Duration past, Supplier<T> work) {
		if (serving) {
			throw new IllegalStateException(
					"The demo's clock moves only while the demo is seeded, before anyone is served");
		}
		offset = past.negated();
		try {
			var result = work.get();
			// A listener reading a challenge at the real time would find it past its
			// deadline and close it.
			awaitEvents();
			return result;
		}
		finally {
			offset = Duration.ZERO;
		}
	}

	/**
	 * Waits until every event published so far has been handled (or has failed, for the
	 * recovery).
	 */
	void awaitEvents() {
		while (pendingEvents.getAsLong() > 0) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for events", interrupted);
			}
		}
	}

	/**
	 * From now on the application serves requests: the clock tells the real time, always.
	 */
	void serving() {
		serving = true;
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset);
	}

}
