package org.pilotbridge.catalogue;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.identity.OrganisationId;

/**
 * A solution as its company (and a platform administrator) sees it: the working version
 * with its files, where screening stands, and whether a version is online.
 *
 * @param version the version to send back with an update
 * @param rejectionReason why the last submitted version was refused, while it is not
 * changed
 * @param publishedAt when the version online was approved, {@code null} when none is
 */
public record ManagedSolution(SolutionId id, int version, String reference, OrganisationId company, SolutionState state,
		SolutionProfile profile, List<SolutionFileInfo> images, @Nullable SolutionFileInfo brochure,
		@Nullable String rejectionReason, @Nullable Instant submittedAt, @Nullable Instant publishedAt,
		Instant updatedAt) {

	public boolean isPublic() {
		return publishedAt != null;
	}

}
