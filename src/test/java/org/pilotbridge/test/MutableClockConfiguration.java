package org.pilotbridge.test;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock by a {@link MutableClock} that starts at the real
 * time. Import it with {@code @Import(MutableClockConfiguration.class)} and inject
 * {@code MutableClock}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS));
	}

}
