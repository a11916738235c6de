package org.pilotbridge.pilot.web;

import java.time.Clock;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicDataCache;
import org.pilotbridge.shared.web.PublicSection;
import org.pilotbridge.shared.web.PublicSiteProperties;

/**
 * The Results section's place on the public site: its section of the navigation, and the
 * caches of what its pages show, bounded and kept at most
 * {@code pilotbridge.public-site.data-ttl}, measured on the application's clock. Nothing
 * they show changes by itself with time, only by events
 * ({@link PublishedResultsChanges}).
 */
@Configuration(proxyBeanMethods = false)
class ResultsSite {

	@Bean
	PublicSection resultsSection() {
		return new PublicSection(6, "pilot.menu.results", "/results", true, "vaadin:chart");
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> publicResultsCaches(PublicSiteProperties properties, Clock clock) {
		var ttl = properties.dataTtl();
		return manager -> {
			manager.registerCustomCache(PublishedResults.PAGES, PublicDataCache.of(1_000, ttl, clock));
			manager.registerCustomCache(PublishedResults.SECTION, PublicDataCache.of(10, ttl, clock));
		};
	}

}
