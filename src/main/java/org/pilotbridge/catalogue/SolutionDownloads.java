package org.pilotbridge.catalogue;

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
 * Serves the images of a solution (re-encoded here, shown inline) and its brochure (a
 * checked PDF, always as an attachment), with the checks of {@link SolutionQuery#file}:
 * published files for anyone, the working version's for the company and administrators.
 * An unknown or hidden file is simply not found.
 */
@RestController
class SolutionDownloads {

	private final SolutionQuery query;

	SolutionDownloads(SolutionQuery query) {
		this.query = query;
	}

	@GetMapping("/solutions/{reference}/images/{image}")
	ResponseEntity<byte[]> image(@PathVariable String reference, @PathVariable UUID image) {
		var file = query.file(reference, new SolutionFileId(image));
		if (file.kind() != SolutionFileInfo.Kind.IMAGE) {
			throw new SolutionNotFound(image);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header("Content-Disposition", ContentDisposition.inline().filename(file.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'")
			.cacheControl(CacheControl.noCache())
			.eTag(file.sha256())
			.body(file.content());
	}

	@GetMapping("/solutions/{reference}/brochure/{brochure}")
	ResponseEntity<byte[]> brochure(@PathVariable String reference, @PathVariable UUID brochure) {
		var file = query.file(reference, new SolutionFileId(brochure));
		if (file.kind() != SolutionFileInfo.Kind.BROCHURE) {
			throw new SolutionNotFound(brochure);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.eTag(file.sha256())
			.body(file.content());
	}

	@ExceptionHandler({ SolutionNotFound.class, IllegalArgumentException.class })
	ResponseEntity<Void> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
	}

}
