package org.pilotbridge.opendata;

import java.time.Clock;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web side of the public data ({@code /api/**}, {@code /feeds/**},
 * {@code /sitemap.xml}, {@code /robots.txt}): a fair per-client rate limit and cache
 * headers, then an {@code ETag} computed from each response so that a client asking again
 * with {@code If-None-Match} gets {@code 304 Not Modified}; CORS open to every origin for
 * reading; and the description of the OpenAPI document. Both filters run before Spring
 * Security.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataWeb implements WebMvcConfigurer {

	static final String[] URL_PATTERNS = { "/api/*", "/feeds/*", "/sitemap.xml", "/robots.txt" };

	@Bean
	ClientRateLimit clientRateLimit(OpenDataProperties properties, Clock clock) {
		return new ClientRateLimit(properties.rateLimit(), clock);
	}

	@Bean
	FilterRegistrationBean<PublicDataFilter> publicDataFilter(ClientRateLimit limit, OpenDataProperties properties,
			MessageSource messages, JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new PublicDataFilter(limit, properties, messages, json));
		registration.addUrlPatterns(URL_PATTERNS);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		registration.setEnabled(true);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicDataEtagFilter() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns(URL_PATTERNS);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
		return registration;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (var pattern : new String[] { "/api/**", "/feeds/**", "/sitemap.xml", "/robots.txt" }) {
			registry.addMapping(pattern)
				.allowedOrigins("*")
				.allowedMethods("GET", "HEAD")
				.allowedHeaders("*")
				.exposedHeaders(HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER, HttpHeaders.LINK, "X-RateLimit-Limit",
						"X-RateLimit-Remaining")
				.maxAge(3600);
		}
	}

	@Bean
	OpenAPI openDataApi(OpenDataProperties properties) {
		return new OpenAPI().info(new Info().title("Pilotbridge open data")
			.version("1")
			.description("""
					Everything public about the challenges of Pilotbridge and their awards: a search API, \
					OCDS 1.1 releases and records, Atom feeds, CSV exports and the sitemap. No key is needed; \
					every client gets %d requests per %d seconds. See docs/open-data.md."""
				.formatted(properties.rateLimit().requests(), properties.rateLimit().period().toSeconds()))
			.license(new License().name("Data licence").url(properties.license().toString())));
	}

}
