package org.pilotbridge.challenge;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;

/**
 * One public challenge found by a search. The title and summary come as segments of plain
 * text, some of them marked as matching the words searched: a view shows the text escaped
 * as usual and emphasises the highlighted segments, so nothing a manager typed is ever
 * rendered as HTML.
 */
public record SearchHit(ChallengeId id, String reference, List<Segment> title, List<Segment> summary,
		OrganisationId agency, String agencyName, ChallengeState state, Instant proposalsDeadline, ZoneId timeZone,
		Money budgetCap, List<String> cpvCodes, List<Language> languages, Instant publishedAt) {

	/**
	 * Whether proposals are accepted at that moment: published, and the deadline not
	 * passed.
	 */
	public boolean isOpenAt(Instant now) {
		return ChallengeRules.isOpen(state, proposalsDeadline, now);
	}

	/** The title as plain text. */
	public String titleText() {
		return title.stream().map(Segment::text).reduce("", String::concat);
	}

	/**
	 * A piece of text, highlighted when it matches the search.
	 */
	public record Segment(String text, boolean highlighted) {
	}

}
