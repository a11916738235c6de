package org.pilotbridge.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the public site's pages may be kept.
 *
 * @param maxAge how long a browser or a shared cache may keep a visitor's page
 * ({@code max-age}), never beyond the moment what it shows changes
 * @param staleWhileRevalidate how long after that a cache may still serve it while
 * fetching a fresh one
 * @param dataTtl how long a node keeps what a public page shows in memory before reading
 * it again; changes made through the application are seen at once on the node that made
 * them
 */
@ConfigurationProperties("pilotbridge.public-site")
public record PublicSiteProperties(@DefaultValue("PT60S") Duration maxAge,
		@DefaultValue("PT30S") Duration staleWhileRevalidate, @DefaultValue("PT30S") Duration dataTtl) {
}
