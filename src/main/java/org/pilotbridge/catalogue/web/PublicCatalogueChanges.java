package org.pilotbridge.catalogue.web;

import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.pilotbridge.catalogue.SolutionPublished;
import org.pilotbridge.catalogue.SolutionWithdrawn;
import org.pilotbridge.identity.OrganisationUpdated;

/**
 * Forgets what the catalogue's public pages keep in memory on this node as soon as a change that they
 * show is published: a solution enters or leaves the catalogue or gets a new version, a company
 * changes its name. At once, and again once the change is committed, so that no page read in between
 * keeps the old state. Other nodes forget it when their entries expire
 * ({@code pilotbridge.public-site.data-ttl}).
 */
@Component
class PublicCatalogueChanges {

	private final CacheManager caches;

	PublicCatalogueChanges(CacheManager caches) {
		this.caches = caches;
	}

	@EventListener({ SolutionPublished.class, SolutionWithdrawn.class, OrganisationUpdated.class })
	void changed() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					forget();
				}

			});
		}
	}

	private void forget() {
		for (var name : new String[] { PublicCatalogue.SOLUTIONS, PublicCatalogue.SEARCHES }) {
			var cache = caches.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}
	}

}
