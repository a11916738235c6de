package org.pilotbridge.challenge;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the documents of a challenge as PDF attachments, never inline, with the checks
 * of {@link ChallengeQuery#attachment}: public challenges' documents for anyone, drafts'
 * for their managers only. An unknown or hidden document is simply not found.
 */
@RestController
class ChallengeAttachmentDownloads {

	private final ChallengeDirectory directory;

	private final ChallengeQuery query;

	ChallengeAttachmentDownloads(ChallengeDirectory directory, ChallengeQuery query) {
		this.directory = directory;
		this.query = query;
	}

	@GetMapping("/challenges/{reference}/attachments/{attachment}")
	ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable UUID attachment) {
		var challenge = directory.byReference(reference).orElseThrow(() -> new ChallengeNotFound(reference));
		var content = query.attachment(challenge.id(), new AttachmentId(attachment));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(content.fileName().value()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.eTag(content.sha256())
			.body(content.content());
	}

	@ExceptionHandler({ ChallengeNotFound.class, IllegalArgumentException.class })
	ResponseEntity<Void> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
	}

}
