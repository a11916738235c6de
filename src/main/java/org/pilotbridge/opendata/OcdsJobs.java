package org.pilotbridge.opendata;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings pending awards into force once their standstill period has ended, with an
 * {@code awardUpdate} release dated at the end of the period. One node runs it at a time;
 * should two run it anyway, the update of a given release is published once, its source
 * being derived from that release.
 */
@Component
class OcdsJobs {

	private static final Logger log = LoggerFactory.getLogger(OcdsJobs.class);

	private final OcdsReleases releases;

	OcdsJobs(OcdsReleases releases) {
		this.releases = releases;
	}

	@Scheduled(fixedDelayString = "${pilotbridge.opendata.standstill-check-interval:PT1M}",
			initialDelayString = "PT30S")
	@SchedulerLock(name = "opendata-awards-in-force", lockAtMostFor = "PT10M")
	void bringAwardsIntoForce() {
		var published = 0;
		for (var pending : releases.pendingAwardsDue()) {
			var update = ReleaseBuilder.inForce(pending.release(), pending.standstillEndsAt());
			if (releases.add(update, sourceOf(pending.releaseId()), null).isPresent()) {
				published++;
			}
		}
		if (published > 0) {
			log.info("Brought the awards of {} challenges into force at the end of their standstill period", published);
		}
	}

	static UUID sourceOf(String pendingReleaseId) {
		return UUID.nameUUIDFromBytes(("standstill:" + pendingReleaseId).getBytes(StandardCharsets.UTF_8));
	}

}
