package org.pilotbridge.shared.internal;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction, on Caffeine (chosen by Spring Boot when it is on the class path): the
 * modules register their bounded caches themselves, with a {@code CacheManagerCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {
}
