package org.pilotbridge.challenge;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes challenges at their deadline and reminds followers before it, on one node at a
 * time. Both are also safe when two nodes run them at once: closing rechecks the state
 * under the challenge's row lock, and a reminder is guarded by the row that records it.
 */
@Component
class ChallengeJobs {

	private static final Logger log = LoggerFactory.getLogger(ChallengeJobs.class);

	private final ChallengeClosing closing;

	private final ChallengeReminders reminders;

	ChallengeJobs(ChallengeClosing closing, ChallengeReminders reminders) {
		this.closing = closing;
		this.reminders = reminders;
	}

	@Scheduled(fixedDelayString = "${pilotbridge.challenge.closing-interval:PT1M}",
			initialDelayString = "${pilotbridge.challenge.closing-initial-delay:PT20S}")
	@SchedulerLock(name = "challenge-closing", lockAtMostFor = "PT10M")
	void closeDueChallenges() {
		var closed = closing.closeAllDue();
		if (closed > 0) {
			log.info("Closed {} challenges at their deadline", closed);
		}
	}

	@Scheduled(fixedDelayString = "${pilotbridge.challenge.reminder-interval:PT5M}", initialDelayString = "PT40S")
	@SchedulerLock(name = "challenge-deadline-reminders", lockAtMostFor = "PT10M")
	void remindFollowers() {
		var announced = reminders.announceApproachingDeadlines();
		if (announced > 0) {
			log.info("Announced the approaching deadline of {} challenges", announced);
		}
	}

}
