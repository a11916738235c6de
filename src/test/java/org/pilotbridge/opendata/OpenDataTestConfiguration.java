package org.pilotbridge.opendata;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;

import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

/**
 * What the open-data tests add to the application: a movable clock, award decisions the
 * tests choose, people and organisations, and challenges in every state.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ MutableClockConfiguration.class, TestIdentities.class, TestBidding.class, OpenDataScenarios.class })
class OpenDataTestConfiguration {

	/**
	 * Preferred to the evaluation module's implementation, so that each test decides the
	 * awards it needs.
	 */
	@Bean
	@Primary
	FakeAwardDetails fakeAwardDetails() {
		return new FakeAwardDetails();
	}

}
