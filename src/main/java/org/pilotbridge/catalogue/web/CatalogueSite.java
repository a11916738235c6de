package org.pilotbridge.catalogue.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicSection;
import org.pilotbridge.shared.web.PublicSiteProperties;

/**
 * The catalogue's place on the public site: its two sections of the navigation, and the caches of
 * what their pages show. Each cache is bounded, keeps an entry at most
 * {@code pilotbridge.public-site.data-ttl} and never past the moment it changes by itself (a
 * consultation's close), measured on the application's clock.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueSite {

	@Bean
	PublicSection solutionsSection() {
		return new PublicSection(3, "catalogue.menu.solutions", "/solutions", true, "vaadin:lightbulb");
	}

	@Bean
	PublicSection consultationsSection() {
		return new PublicSection(5, "catalogue.menu.consultations", "/consultations", true, "vaadin:comments-o");
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> publicCatalogueCaches(PublicSiteProperties properties, Clock clock) {
		return manager -> {
			manager.registerCustomCache(PublicCatalogue.SOLUTIONS, cache(1_000, properties.dataTtl(), clock));
			manager.registerCustomCache(PublicCatalogue.SEARCHES, cache(500, properties.dataTtl(), clock));
			manager.registerCustomCache(PublicCatalogue.CONSULTATIONS, cache(1_000, properties.dataTtl(), clock));
			manager.registerCustomCache(PublicCatalogue.CONSULTATION_LISTS, cache(10, properties.dataTtl(), clock));
		};
	}

	private static com.github.benmanes.caffeine.cache.Cache<Object, Object> cache(int size, Duration ttl, Clock clock) {
		return Caffeine.newBuilder()
			.maximumSize(size)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.expireAfter(Expiry.writing((Object key, Object value) -> keep(value, ttl, clock.instant())))
			.build();
	}

	/** How long an entry is kept: the time to live, or less when what it holds changes sooner. */
	static Duration keep(Object value, Duration ttl, Instant now) {
		if (value instanceof PublicCatalogue.Changing changing) {
			var until = changing.nextChange().map(moment -> Duration.between(now, moment)).orElse(ttl);
			return until.isNegative() ? Duration.ZERO : until.compareTo(ttl) < 0 ? until : ttl;
		}
		return ttl;
	}

}
