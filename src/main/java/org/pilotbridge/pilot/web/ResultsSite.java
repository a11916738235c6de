package org.pilotbridge.pilot.web;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicSection;
import org.pilotbridge.shared.web.PublicSiteProperties;

/**
 * The Results section's place on the public site: its section of the navigation, and the caches of
 * what its pages show, bounded and kept at most {@code pilotbridge.public-site.data-ttl}, measured on
 * the application's clock. Nothing they show changes by itself with time, only by events
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
		return manager -> {
			manager.registerCustomCache(PublishedResults.PAGES, cache(1_000, properties.dataTtl(), clock));
			manager.registerCustomCache(PublishedResults.SECTION, cache(10, properties.dataTtl(), clock));
		};
	}

	private static com.github.benmanes.caffeine.cache.Cache<Object, Object> cache(int size, Duration ttl, Clock clock) {
		return Caffeine.newBuilder()
			.maximumSize(size)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.expireAfterWrite(ttl)
			.build();
	}

}
