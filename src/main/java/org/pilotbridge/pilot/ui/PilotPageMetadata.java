package org.pilotbridge.pilot.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.shared.DatabaseOutage;
import org.pilotbridge.shared.Markdown;
import org.pilotbridge.shared.PublicLinks;

/**
 * Puts the title, description, canonical link and Open Graph and Twitter tags of a pilot's results
 * page into the HTML the server sends, so that shared links preview properly and search engines read
 * them without running the application.
 */
@Component
class PilotPageMetadata implements VaadinServiceInitListener {

	private static final Pattern RESULT_PAGE = Pattern.compile("^/?results/([A-Za-z0-9-]{1,30})/?$");

	/** The length of a description search engines show. */
	private static final int DESCRIPTION_LENGTH = 200;

	private final PublicResults results;

	private final PublicLinks links;

	PilotPageMetadata(PublicResults results, PublicLinks links) {
		this.results = results;
		this.links = links;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		// Without its database the page still loads, without its description, and says why.
		event.addIndexHtmlRequestListener(response -> DatabaseOutage.skipIfUnreachable(() -> {
			var path = response.getVaadinRequest().getPathInfo();
			var page = RESULT_PAGE.matcher(path == null ? "" : path);
			if (page.matches()) {
				results.byReference(page.group(1)).ifPresent(pilot -> describe(response.getDocument(),
						pilot.challengeTitle() + " · " + pilot.companyName(),
						Markdown.plainText(pilot.lessons(), DESCRIPTION_LENGTH), links.to(pilot.path())));
			}
		}));
	}

	private static void describe(Document document, String title, String description, String url) {
		var head = document.head();
		head.select("title").remove();
		head.appendElement("title").text(title + " · Pilotbridge");
		meta(head, "name", "description", description);
		meta(head, "property", "og:type", "article");
		meta(head, "property", "og:site_name", "Pilotbridge");
		meta(head, "property", "og:title", title);
		meta(head, "property", "og:description", description);
		meta(head, "property", "og:url", url);
		meta(head, "name", "twitter:card", "summary");
		meta(head, "name", "twitter:title", title);
		meta(head, "name", "twitter:description", description);
		head.appendElement("link").attr("rel", "canonical").attr("href", url);
	}

	private static void meta(Element head, String attribute, String name, String content) {
		head.select("meta[" + attribute + "=" + name.replace(":", "\\:") + "]").remove();
		head.appendElement("meta").attr(attribute, name).attr("content", content);
	}

}
