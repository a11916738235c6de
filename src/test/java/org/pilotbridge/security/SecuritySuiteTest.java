package org.pilotbridge.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;

/**
 * The application context the security tests share: the whole application with a clock
 * they move, the bidding fixtures, the scenario of the access matrix, and the recorder of
 * refusals. Mails stay in the outbox (no mail server), as in development; the metrics
 * have a scraper's password.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "pilotbridge.metrics.password=" + SecuritySuiteTest.METRICS_PASSWORD)
@Import({ MutableClockConfiguration.class, TestBidding.class, SecurityScenario.class, Refusals.class })
public @interface SecuritySuiteTest {

	/** The scraper's password for the metrics, in these tests. */
	String METRICS_PASSWORD = "a scraper's password for tests";

}
