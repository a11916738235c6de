package org.pilotbridge.challenge.web;

import java.time.Clock;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicDataCache;
import org.pilotbridge.shared.web.PublicSection;
import org.pilotbridge.shared.web.PublicSiteProperties;

/**
 * The challenges' place on the public site: their section of the navigation, and the
 * caches of what their pages show. Each cache is bounded, keeps an entry at most
 * {@code pilotbridge.public-site.data-ttl} and never past the moment it changes by itself
 * (a deadline), measured on the application's clock.
 */
@Configuration(proxyBeanMethods = false)
class ChallengeSite {

	@Bean
	PublicSection challengesSection() {
		return new PublicSection(1, "challenge.menu.list", "/challenges", true, "vaadin:search");
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> publicChallengeCaches(PublicSiteProperties properties, Clock clock) {
		var ttl = properties.dataTtl();
		return manager -> {
			manager.registerCustomCache(PublicChallenges.PAGES, PublicDataCache.of(1_000, ttl, clock));
			manager.registerCustomCache(PublicChallenges.SEARCHES, PublicDataCache.of(500, ttl, clock));
		};
	}

}
