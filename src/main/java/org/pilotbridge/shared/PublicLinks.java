package org.pilotbridge.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links to pages of the application, for e-mails, documents, feeds and the
 * public site's canonical and alternate addresses.
 */
@Component
public class PublicLinks {

	private final SiteProperties site;

	private final Environment environment;

	public PublicLinks(SiteProperties site, Environment environment) {
		this.site = site;
		this.environment = environment;
	}

	/** The base address without a trailing slash. */
	public String base() {
		if (site.publicUrl() != null) {
			var url = site.publicUrl().toString();
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}
		// Resolved when asked, so that a server on a random port (tests) links to itself.
		var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	/** An absolute link to a path such as {@code /challenges/CH-2026-0042}. */
	public String to(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

	/**
	 * An absolute link to a page of the public site in a language, such as
	 * {@code https://…/fr/challenges/CH-2026-0042} (see {@link PublicPaths}).
	 */
	public String to(Language language, String path) {
		return to(PublicPaths.of(language, path));
	}

}
