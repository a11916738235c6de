package org.pilotbridge.shared.internal;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction, over Caffeine (the cache manager Spring Boot configures
 * when Caffeine is present). Each module registers the caches it uses, with their bounds:
 * rendered answers through {@link org.pilotbridge.shared.RenderedCache}, data with a
 * {@code CacheManagerCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

}
