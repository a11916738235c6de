package org.pilotbridge.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.pilotbridge.test.CreatedSessions;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

/**
 * The application context the public site's tests share: the whole application on a
 * random port, requested over real HTTP without a browser, with a clock they move, the
 * bidding fixtures and a count of the sessions the container created.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ MutableClockConfiguration.class, TestBidding.class, TestIdentities.class, CreatedSessions.class })
public @interface PublicSiteTest {

}
