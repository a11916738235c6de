package org.pilotbridge.opendata;

import org.pilotbridge.shared.PublicLinks;

/**
 * The addresses of the public pages that open data links to: the shareable page of a challenge is
 * {@code /challenges/<reference>}, the public list {@code /challenges} (see the challenges issue).
 */
final class PublicPages {

	static final String HOME = "/";

	static final String CHALLENGES = "/challenges";

	private PublicPages() {
	}

	static String challenge(PublicLinks links, String reference) {
		return links.to(CHALLENGES + "/" + reference);
	}

}
