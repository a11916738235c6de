package org.pilotbridge.pilot.web;

import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeAwarded;
import org.pilotbridge.challenge.ChallengeNotAwarded;
import org.pilotbridge.challenge.ChallengePublished;
import org.pilotbridge.challenge.ChallengeWithdrawn;
import org.pilotbridge.challenge.EvaluationStarted;
import org.pilotbridge.identity.OrganisationUpdated;
import org.pilotbridge.pilot.PilotEvent;
import org.pilotbridge.shared.web.PublicDataCache;
import org.pilotbridge.shared.web.RenderedPages;

/**
 * Forgets what the Results section and the results pages keep in memory on this node as
 * soon as a change that they show is published: any event of a pilot (its results
 * published, corrected or withdrawn, its company's account, its milestones, its status),
 * a challenge published, withdrawn, evaluated or decided (the figures count them), an
 * agency renamed. At once, and again once the change is committed, so that no page read
 * in between keeps the old state. Other nodes forget it when their entries expire
 * ({@code pilotbridge.public-site.data-ttl}).
 */
@Component
class PublishedResultsChanges {

	private final CacheManager caches;

	PublishedResultsChanges(CacheManager caches) {
		this.caches = caches;
	}

	@EventListener({ PilotEvent.class, ChallengePublished.class, ChallengeWithdrawn.class, EvaluationStarted.class,
			ChallengeAwarded.class, ChallengeNotAwarded.class, OrganisationUpdated.class })
	void changed() {
		PublicDataCache.clear(caches, PublishedResults.PAGES, PublishedResults.SECTION, RenderedPages.CACHE);
	}

}
