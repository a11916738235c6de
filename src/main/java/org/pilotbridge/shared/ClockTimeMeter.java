package org.pilotbridge.shared;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.TimeMeter;

/** Bucket4j's time read from the application clock, so that tests can move it. */
public final class ClockTimeMeter implements TimeMeter {

	private final Clock clock;

	public ClockTimeMeter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public long currentTimeNanos() {
		return TimeUnit.MILLISECONDS.toNanos(clock.millis());
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}

}
