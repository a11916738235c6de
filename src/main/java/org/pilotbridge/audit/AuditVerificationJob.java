package org.pilotbridge.audit;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit chain every night on one node and exposes the outcome as the gauge
 * {@code pilotbridge.audit.chain.intact} (1 intact, 0 broken, -1 not yet verified).
 */
@Component
class AuditVerificationJob {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationJob.class);

	private final AuditTrail auditTrail;

	private final AtomicInteger intact = new AtomicInteger(-1);

	AuditVerificationJob(AuditTrail auditTrail, MeterRegistry meters) {
		this.auditTrail = auditTrail;
		Gauge.builder("pilotbridge.audit.chain.intact", intact, AtomicInteger::get)
			.description("Whether the last verification found the audit chain intact")
			.register(meters);
	}

	@Scheduled(cron = "${pilotbridge.audit.verification-cron}")
	@SchedulerLock(name = "audit-verification", lockAtMostFor = "PT1H")
	void verify() {
		var result = auditTrail.verifyChain();
		intact.set(result.intact() ? 1 : 0);
		if (result.intact()) {
			log.info("Audit trail intact: {} entries verified", result.entriesChecked());
		}
		else {
			log.error("Audit trail broken at entry {}: {}", result.firstBrokenEntry(), result.problem());
		}
	}

}
