package org.pilotbridge.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The application's clock on a demo installation: the real time, except while the demo seeds its
 * history, when it is turned back so that challenges can be published, answered and closed "in the
 * past" through the ordinary services and rules.
 */
class DemoClock extends Clock {

	private final Clock system = Clock.systemUTC();

	private volatile Duration offset = Duration.ZERO;

	/** Runs the work as if it were the given time ago. */
	<T> T ago(Duration past, Supplier<T> work) {
		offset = past.negated();
		try {
			return work.get();
		}
		finally {
			offset = Duration.ZERO;
		}
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
		return system.instant().plus(offset);
	}

}
