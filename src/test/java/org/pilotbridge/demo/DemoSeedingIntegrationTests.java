package org.pilotbridge.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A visitor opens a fresh demo installation the moment it starts listening, while the
 * demo writes its history weeks in the past by turning the application's clock back. By
 * the time the server accepts the first connection the demo is written, and the clock
 * every request reads tells the real time from then on; the demo still has its history
 * dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pilotbridge.demo.enabled=true")
class DemoSeedingIntegrationTests {

	@Autowired
	FirstConnection firstConnection;

	@Autowired
	DemoClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesTheDemoBeforeAnyoneIsServedAndNeverTurnsTheClockBackAfterwards() {
		var opened = firstConnection.seen.get();
		assertThat(opened).as("the server started listening").isNotNull();
		assertThat(opened.demoWritten()).as("the demo is written before the server accepts a connection").isTrue();
		assertThat(Duration.between(opened.realTime(), opened.applicationTime()).abs())
			.as("the application's clock tells the real time when the first visitor can come")
			.isLessThan(Duration.ofMinutes(1));

		assertThatThrownBy(() -> clock.ago(Duration.ofDays(30), () -> "weeks ago"))
			.as("while requests are served, the clock does not move")
			.isInstanceOf(IllegalStateException.class);
		assertThat(clock.instant()).isCloseTo(Instant.now(),
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));

		var firstPublication = jdbc.sql("SELECT min(published_at) FROM challenge").query(OffsetDateTime.class).single();
		assertThat(firstPublication.toInstant()).as("the demo's history")
			.isBefore(Instant.now().minus(Duration.ofDays(150)));
	}

	record Opened(boolean demoWritten, Instant applicationTime, Instant realTime) {
	}

	/**
	 * Notes what a visitor would find at the moment the server starts to accept
	 * connections.
	 */
	static class FirstConnection {

		final AtomicReference<Opened> seen = new AtomicReference<>();

		private final JdbcClient jdbc;

		private final Clock clock;

		FirstConnection(JdbcClient jdbc, Clock clock) {
			this.jdbc = jdbc;
			this.clock = clock;
		}

		@EventListener
		void on(WebServerInitializedEvent started) {
			var people = jdbc.sql("SELECT count(*) FROM person WHERE email = ?")
				.param(DemoAccounts.ADMIN.email())
				.query(Long.class)
				.single();
			seen.compareAndSet(null, new Opened(people > 0, clock.instant(), Instant.now()));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listening {

		@Bean
		FirstConnection firstConnection(JdbcClient jdbc, Clock clock) {
			return new FirstConnection(jdbc, clock);
		}

	}

}
