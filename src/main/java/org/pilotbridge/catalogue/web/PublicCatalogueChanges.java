package org.pilotbridge.catalogue.web;

import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.catalogue.SolutionPublished;
import org.pilotbridge.catalogue.SolutionWithdrawn;
import org.pilotbridge.challenge.ChallengePublished;
import org.pilotbridge.challenge.ChallengeWithdrawn;
import org.pilotbridge.identity.OrganisationUpdated;
import org.pilotbridge.shared.web.PublicDataCache;
import org.pilotbridge.shared.web.RenderedPages;

/**
 * Forgets what the catalogue's public pages keep in memory on this node as soon as a
 * change that they show is published: a solution enters or leaves the catalogue or gets a
 * new version, a challenge is published or withdrawn, a company or agency changes its
 * name. At once, and again once the change is committed, so that no page read in between
 * keeps the old state. Other nodes forget it when their entries expire
 * ({@code pilotbridge.public-site.data-ttl}).
 */
@Component
class PublicCatalogueChanges {

	private final CacheManager caches;

	PublicCatalogueChanges(CacheManager caches) {
		this.caches = caches;
	}

	@EventListener({ SolutionPublished.class, SolutionWithdrawn.class, ChallengePublished.class,
			ChallengeWithdrawn.class, OrganisationUpdated.class })
	void changed() {
		PublicDataCache.clear(caches, PublicCatalogue.SOLUTIONS, PublicCatalogue.SEARCHES, RenderedPages.CACHE);
	}

}
