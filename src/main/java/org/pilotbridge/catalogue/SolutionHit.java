package org.pilotbridge.catalogue;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;

/**
 * One solution found in the catalogue. Name and pitch come as segments of plain text,
 * some marked as matching the words searched, so that nothing a company typed is ever
 * rendered as HTML.
 *
 * @param image the first image of the published version, if any
 */
public record SolutionHit(SolutionId id, String reference, List<Segment> name, List<Segment> pitch,
		OrganisationId company, String companyName, int trl, List<String> cpvCodes, List<Language> languages,
		@Nullable SolutionFileId image, Instant publishedAt) {

	public String nameText() {
		return name.stream().map(Segment::text).reduce("", String::concat);
	}

	/**
	 * A piece of text, highlighted when it matches the search.
	 */
	public record Segment(String text, boolean highlighted) {
	}

}
