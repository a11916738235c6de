package org.pilotbridge.challenge;

import java.time.Instant;

/**
 * What is shown of an attached PDF before it is downloaded.
 */
public record AttachmentInfo(AttachmentId id, String fileName, long size, int pages, String sha256,
		Instant uploadedAt) {
}
