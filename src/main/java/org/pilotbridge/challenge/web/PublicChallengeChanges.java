package org.pilotbridge.challenge.web;

import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.AnswerPublished;
import org.pilotbridge.challenge.ChallengeAmended;
import org.pilotbridge.challenge.ChallengeAwarded;
import org.pilotbridge.challenge.ChallengeClosed;
import org.pilotbridge.challenge.ChallengeNotAwarded;
import org.pilotbridge.challenge.ChallengePublished;
import org.pilotbridge.challenge.ChallengeWithdrawn;
import org.pilotbridge.challenge.DeadlineExtended;
import org.pilotbridge.challenge.EvaluationStarted;
import org.pilotbridge.shared.web.PublicDataCache;
import org.pilotbridge.shared.web.RenderedPages;

/**
 * Forgets what the public pages of challenges keep in memory on this node as soon as a
 * change that they show is published: at once, and again once the change is committed, so
 * that no page read in between keeps the old state. Other nodes forget it when their
 * entries expire ({@code pilotbridge.public-site.data-ttl}).
 */
@Component
class PublicChallengeChanges {

	private final CacheManager caches;

	PublicChallengeChanges(CacheManager caches) {
		this.caches = caches;
	}

	@EventListener({ ChallengePublished.class, ChallengeAmended.class, DeadlineExtended.class, ChallengeWithdrawn.class,
			ChallengeClosed.class, EvaluationStarted.class, ChallengeAwarded.class, ChallengeNotAwarded.class,
			AnswerPublished.class })
	void changed() {
		PublicDataCache.clear(caches, PublicChallenges.PAGES, PublicChallenges.SEARCHES, RenderedPages.CACHE);
	}

}
