package org.pilotbridge.test;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For tests that run on the demo data ({@code pilotbridge.demo.enabled=true}): a
 * {@link MutableClock} that gives the demo its real time, so that the demo's deadlines
 * can be reached without waiting. The demo's clock stays the application's clock (it
 * turns time back while the demo is seeded); inject {@code MutableClock} to move it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableDemoClockConfiguration {

	/** Named as the demo module looks it up. */
	@Bean("demoBaseClock")
	MutableClock demoBaseClock() {
		return new MutableClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS));
	}

}
