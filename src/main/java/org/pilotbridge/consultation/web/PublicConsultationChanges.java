package org.pilotbridge.consultation.web;

import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengePublished;
import org.pilotbridge.challenge.ChallengeWithdrawn;
import org.pilotbridge.consultation.ConsultationAnswered;
import org.pilotbridge.consultation.ConsultationPublished;
import org.pilotbridge.consultation.ConsultationTurnedIntoChallenge;
import org.pilotbridge.identity.OrganisationUpdated;
import org.pilotbridge.shared.web.PublicDataCache;
import org.pilotbridge.shared.web.RenderedPages;

/**
 * Forgets what the consultations' public pages keep in memory on this node as soon as a
 * change that they show is published: a consultation is published, answered or turned
 * into a challenge, that challenge is published or withdrawn, a company or agency changes
 * its name. At once, and again once the change is committed, so that no page read in
 * between keeps the old state. A consultation's close needs no event: its entries expire
 * then ({@link ConsultationSite}). Other nodes forget it when their entries expire
 * ({@code pilotbridge.public-site.data-ttl}).
 */
@Component
class PublicConsultationChanges {

	private final CacheManager caches;

	PublicConsultationChanges(CacheManager caches) {
		this.caches = caches;
	}

	@EventListener({ ConsultationPublished.class, ConsultationAnswered.class, ConsultationTurnedIntoChallenge.class,
			ChallengePublished.class, ChallengeWithdrawn.class, OrganisationUpdated.class })
	void changed() {
		PublicDataCache.clear(caches, PublicConsultations.CONSULTATIONS, PublicConsultations.CONSULTATION_LISTS,
				RenderedPages.CACHE);
	}

}
