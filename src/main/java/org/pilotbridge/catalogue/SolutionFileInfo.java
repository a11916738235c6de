package org.pilotbridge.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * What is known about an image or brochure of a solution, without its bytes.
 *
 * @param width in pixels, for images
 * @param height in pixels, for images
 * @param pages for brochures
 */
public record SolutionFileInfo(SolutionFileId id, Kind kind, String fileName, String contentType, long size,
		@Nullable Integer width, @Nullable Integer height, @Nullable Integer pages) {

	public enum Kind {

		IMAGE, BROCHURE

	}

}
