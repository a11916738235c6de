package org.pilotbridge.shared;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Facts about this installation that pages, e-mails and documents mention.
 *
 * @param publicUrl the address people use to reach the application, for links in e-mails
 * and feeds; when unset, {@code http://localhost:<port>} of the running server (see
 * {@link PublicLinks})
 * @param contactEmail where visitors write to, for accessibility and general questions
 */
@ConfigurationProperties("pilotbridge.site")
public record SiteProperties(@Nullable URI publicUrl,
		@DefaultValue("contact@pilotbridge.example") String contactEmail) {
}
