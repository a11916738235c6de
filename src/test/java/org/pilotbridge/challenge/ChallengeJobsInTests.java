package org.pilotbridge.challenge;

import org.springframework.context.ApplicationContext;

/**
 * Lets tests of other modules run the challenge module's scheduled jobs when they need
 * to, instead of waiting for the scheduler.
 */
public final class ChallengeJobsInTests {

	private ChallengeJobsInTests() {
	}

	/** Runs the close job once, as the scheduler does (under its ShedLock lock). */
	public static void closeDueChallenges(ApplicationContext context) {
		context.getBean(ChallengeJobs.class).closeDueChallenges();
	}

}
