package org.pilotbridge.shared.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the event publications whose listener failed or whose node stopped
 * mid-way (the staleness monitor marks those as failed). Runs on one node at a time so
 * that a publication is never handed to two listeners at once.
 *
 * @see "docs/decisions/DD002-20261125-event-delivery.md"
 */
@Component
class EventRecovery {

	private static final Logger log = LoggerFactory.getLogger(EventRecovery.class);

	private final FailedEventPublications failedPublications;

	EventRecovery(FailedEventPublications failedPublications) {
		this.failedPublications = failedPublications;
	}

	@Scheduled(fixedDelayString = "${pilotbridge.events.recovery-interval:PT1M}",
			initialDelayString = "${pilotbridge.events.recovery-initial-delay:PT30S}")
	@SchedulerLock(name = "event-recovery")
	void resubmitFailedPublications() {
		log.debug("Resubmitting failed event publications");
		failedPublications.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofSeconds(30)));
	}

}
