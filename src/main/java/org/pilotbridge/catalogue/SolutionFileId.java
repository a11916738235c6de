package org.pilotbridge.catalogue;

import java.util.UUID;

/**
 * An image or the brochure of a solution.
 */
public record SolutionFileId(UUID id) {

	public static SolutionFileId of(String id) {
		return new SolutionFileId(UUID.fromString(id));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
