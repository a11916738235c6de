package org.pilotbridge.catalogue;

/**
 * An image or brochure of a solution, to download.
 */
record SolutionFileContent(SolutionFileInfo.Kind kind, String fileName, String contentType, byte[] content,
		String sha256) {
}
