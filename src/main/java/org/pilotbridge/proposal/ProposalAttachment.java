package org.pilotbridge.proposal;

import java.time.Instant;

import org.pilotbridge.document.SafeFileName;

/**
 * What is shown of an attached PDF before it is downloaded.
 *
 * @param fileName the name as uploaded (shown, never used in a header)
 * @param downloadName the name it is downloaded under
 * @param sha256 the SHA-256 of the file, in lower-case hex, as the receipt lists it
 */
public record ProposalAttachment(ProposalAttachmentId id, String fileName, SafeFileName downloadName, long size,
		int pages, String sha256, Instant uploadedAt) {
}
