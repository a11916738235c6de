package org.pilotbridge.opendata;

import java.util.Map;

import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.QueryParameters;

/**
 * The addresses of the public pages that open data links to: the shareable page of a
 * challenge is {@code /challenges/<reference>}, the public list {@code /challenges} (see
 * the challenges issue); the solutions catalogue is {@code /solutions}, the market
 * consultations {@code /consultations}.
 */
final class PublicPages {

	static final String HOME = "/";

	static final String CHALLENGES = "/challenges";

	static final String SOLUTIONS = "/solutions";

	static final String RESULTS = "/results";

	static final String CONSULTATIONS = "/consultations";

	private PublicPages() {
	}

	static String challenge(PublicLinks links, String reference) {
		return links.to(CHALLENGES + "/" + reference);
	}

	/**
	 * A link with query parameters, each value encoded so that it reads back as given
	 * ({@code +} included, which a server would otherwise read as a space).
	 */
	static String withQuery(String link, Map<String, String> parameters) {
		var query = QueryParameters.encode(parameters);
		return query.isEmpty() ? link : link + "?" + query;
	}

}
