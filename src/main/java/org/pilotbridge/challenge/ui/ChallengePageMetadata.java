package org.pilotbridge.challenge.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.challenge.ChallengeQuery;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.ui.PageDescription;

/**
 * Puts a challenge's title, description and Open Graph and Twitter tags into the HTML the server
 * sends for its page, so that links shared on social networks and in chat preview properly (with the
 * picture {@code ChallengeCards} draws) and search engines read them without running the application.
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
		PageDescription.describePages(event, CHALLENGE_PAGE, reference -> challenges.byReference(reference)
			.map(challenge -> new PageDescription(challenge.title(), challenge.description(),
					links.to(ChallengeNavigation.pathOf(challenge.reference())),
					challenge.languages().isEmpty() ? "en" : challenge.languages().get(0).code(),
					links.to("/cards/challenges/" + challenge.reference() + ".png"))));
	}

}
