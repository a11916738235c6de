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
 * The application context the tests of request bodies share: the whole application on a
 * random port, spoken to over real HTTP, with two upload permits so that running out of
 * them takes two uploads, and one more waiting five seconds for a permit before it is
 * refused as busy.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotbridge.request-body.concurrent-uploads=2", "pilotbridge.request-body.upload-wait=5s" })
@Import({ MutableClockConfiguration.class, TestBidding.class })
@interface BodyLimitsTest {

}
