package org.pilotbridge.catalogue.web;

import java.time.Clock;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicDataCache;
import org.pilotbridge.shared.web.PublicSection;
import org.pilotbridge.shared.web.PublicSiteProperties;

/**
 * The catalogue's place on the public site: its section of the navigation, and the caches
 * of what its pages show. Each cache is bounded and keeps an entry at most
 * {@code pilotbridge.public-site.data-ttl}, measured on the application's clock.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueSite {

	@Bean
	PublicSection solutionsSection() {
		return new PublicSection(3, "catalogue.menu.solutions", "/solutions", true, "vaadin:lightbulb");
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> publicCatalogueCaches(PublicSiteProperties properties, Clock clock) {
		var ttl = properties.dataTtl();
		return manager -> {
			manager.registerCustomCache(PublicCatalogue.SOLUTIONS, PublicDataCache.of(1_000, ttl, clock));
			manager.registerCustomCache(PublicCatalogue.SEARCHES, PublicDataCache.of(500, ttl, clock));
		};
	}

}
