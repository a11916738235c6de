package org.pilotbridge.evaluation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings award decisions into force at the end of their standstill period, and reminds
 * evaluators of the scoring due date, on one node at a time; should two nodes run them
 * anyway, each decision is locked and finalised once, and each reminder recorded once.
 */
@Component
class EvaluationJobs {

	private static final Logger log = LoggerFactory.getLogger(EvaluationJobs.class);

	private final DecisionFinalisation finalisation;

	private final ScoringReminders reminders;

	EvaluationJobs(DecisionFinalisation finalisation, ScoringReminders reminders) {
		this.finalisation = finalisation;
		this.reminders = reminders;
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

	@Scheduled(fixedDelayString = "${pilotbridge.evaluation.reminder-check-interval:PT15M}",
			initialDelayString = "PT55S")
	@SchedulerLock(name = "evaluation-scoring-reminders", lockAtMostFor = "PT10M")
	void remindEvaluators() {
		var sent = reminders.sendDue();
		if (sent > 0) {
			log.info("Reminded {} evaluators of a scoring due date", sent);
		}
	}

}
