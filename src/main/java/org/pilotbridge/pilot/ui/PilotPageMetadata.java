package org.pilotbridge.pilot.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import org.pilotbridge.pilot.PublicResults;
import org.pilotbridge.shared.Markdown;
import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.ui.PageDescription;

/**
 * Puts the title, description, canonical link and Open Graph and Twitter tags of a pilot's results
 * page into the HTML the server sends, so that shared links preview properly (with the picture
 * {@code ResultCards} draws) and search engines read them without running the application.
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
		PageDescription.describePages(event, RESULT_PAGE, reference -> results.byReference(reference)
			.map(pilot -> new PageDescription(pilot.challengeTitle() + " · " + pilot.companyName(),
					Markdown.plainText(pilot.lessons(), DESCRIPTION_LENGTH), links.to(pilot.path()), null,
					links.to("/cards/results/" + pilot.reference() + ".png"))));
	}

}
