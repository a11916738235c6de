package org.pilotbridge.shared;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Facts about this installation that pages, e-mails and documents mention.
 *
 * @param publicUrl the address people use to reach the application, for links in e-mails and feeds
 * @param contactEmail where visitors write to, for accessibility and general questions
 */
@ConfigurationProperties("pilotbridge.site")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI publicUrl,
		@DefaultValue("contact@pilotbridge.example") String contactEmail) {
}
