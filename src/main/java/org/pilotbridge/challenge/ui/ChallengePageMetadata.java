package org.pilotbridge.challenge.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.shared.DatabaseOutage;
import org.pilotbridge.shared.PublicLinks;

/**
 * Puts a challenge's title, description and Open Graph and Twitter tags into the HTML the server
 * sends for its page, so that links shared on social networks and in chat preview properly and search
 * engines read them without running the application.
 */
@Component
class ChallengePageMetadata implements VaadinServiceInitListener {

	private static final Pattern CHALLENGE_PAGE = Pattern.compile("^/?challenges/([A-Za-z0-9-]{1,40})/?$");

	private final ChallengeQuery challenges;

	private final PublicLinks links;

	ChallengePageMetadata(ChallengeQuery challenges, PublicLinks links) {
		this.challenges = challenges;
		this.links = links;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(response -> {
			var path = response.getVaadinRequest().getPathInfo();
			var matcher = CHALLENGE_PAGE.matcher(path == null ? "" : path);
			if (matcher.matches()) {
				// Without its database the page still loads, without its description, and says why.
				DatabaseOutage.skipIfUnreachable(() -> challenges.byReference(matcher.group(1))
					.ifPresent(challenge -> describe(response.getDocument(), challenge)));
			}
		});
	}

	private void describe(Document document, PublicChallenge challenge) {
		var head = document.head();
		var title = challenge.title() + " · Pilotbridge";
		var url = links.to(ChallengeNavigation.pathOf(challenge.reference()));
		head.select("title").remove();
		head.appendElement("title").text(title);
		meta(head, "name", "description", challenge.description());
		meta(head, "property", "og:type", "article");
		meta(head, "property", "og:site_name", "Pilotbridge");
		meta(head, "property", "og:title", challenge.title());
		meta(head, "property", "og:description", challenge.description());
		meta(head, "property", "og:url", url);
		meta(head, "property", "og:locale", challenge.languages().isEmpty() ? "en" : challenge.languages().get(0).code());
		meta(head, "name", "twitter:card", "summary");
		meta(head, "name", "twitter:title", challenge.title());
		meta(head, "name", "twitter:description", challenge.description());
		head.appendElement("link").attr("rel", "canonical").attr("href", url);
	}

	private static void meta(org.jsoup.nodes.Element head, String attribute, String name, String content) {
		head.select("meta[" + attribute + "=" + name.replace(":", "\\:") + "]").remove();
		head.appendElement("meta").attr(attribute, name).attr("content", content);
	}

}
