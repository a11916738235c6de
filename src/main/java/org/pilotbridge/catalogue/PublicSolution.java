package org.pilotbridge.catalogue;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.challenge.CpvCatalogue;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.shared.Language;

/**
 * A solution as the public sees it: its published version. Long texts come as sanitized
 * HTML.
 *
 * @param description a plain-text extract for previews and meta tags
 * @param brochure the brochure, if any
 */
public record PublicSolution(SolutionId id, String reference, String name, String pitch, String description,
		String descriptionHtml, String problemsSolvedHtml, String customerReferencesHtml, OrganisationId company,
		String companyName, List<CpvCatalogue.Entry> cpvCodes, int trl, List<Language> languages,
		@Nullable String website, List<SolutionFileId> images, @Nullable SolutionFileInfo brochure,
		Instant firstPublishedAt, Instant publishedAt) {

	public PublicSolution {
		cpvCodes = List.copyOf(cpvCodes);
		languages = List.copyOf(languages);
		images = List.copyOf(images);
	}

	/** The address of the public page, such as {@code /solutions/smart-bins-k3x9qa}. */
	public String path() {
		return SolutionQuery.pathOf(reference);
	}

}
