package org.pilotbridge.evaluation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings award decisions into force at the end of their standstill period, on one node at
 * a time; should two nodes run it anyway, each decision is locked and finalised once.
 */
@Component
class EvaluationJobs {

	private static final Logger log = LoggerFactory.getLogger(EvaluationJobs.class);

	private final DecisionFinalisation finalisation;

	EvaluationJobs(DecisionFinalisation finalisation) {
		this.finalisation = finalisation;
	}

	@Scheduled(fixedDelayString = "${pilotbridge.evaluation.standstill-check-interval:PT1M}",
			initialDelayString = "PT50S")
	@SchedulerLock(name = "evaluation-standstill", lockAtMostFor = "PT10M")
	void finaliseDecisions() {
		var finalised = finalisation.finaliseDue();
		if (finalised > 0) {
			log.info("Brought {} award decisions into force at the end of their standstill period", finalised);
		}
	}

}
