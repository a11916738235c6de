package org.pilotbridge.consultation.web;

import java.time.Clock;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pilotbridge.shared.web.PublicDataCache;
import org.pilotbridge.shared.web.PublicSection;
import org.pilotbridge.shared.web.PublicSiteProperties;

/**
 * The consultations' place on the public site: their section of the navigation, and the
 * caches of what their pages show. Each cache is bounded, keeps an entry at most
 * {@code pilotbridge.public-site.data-ttl} and never past the moment it changes by itself
 * (a consultation's close), measured on the application's clock.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationSite {

	@Bean
	PublicSection consultationsSection() {
		return new PublicSection(5, "catalogue.menu.consultations", "/consultations", true, "vaadin:comments-o");
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> publicConsultationCaches(PublicSiteProperties properties,
			Clock clock) {
		var ttl = properties.dataTtl();
		return manager -> {
			manager.registerCustomCache(PublicConsultations.CONSULTATIONS, PublicDataCache.of(1_000, ttl, clock));
			manager.registerCustomCache(PublicConsultations.CONSULTATION_LISTS, PublicDataCache.of(10, ttl, clock));
		};
	}

}
