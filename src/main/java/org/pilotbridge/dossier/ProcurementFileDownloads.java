package org.pilotbridge.dossier;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotFound;

/**
 * Serves a challenge's procurement file at {@code /procurement-files/{challenge}} as a
 * ZIP attachment, streamed to the response as it is written. {@link ProcurementFiles}
 * decides who may have it before the response is touched; whatever it refuses answers 404
 * without a body. Signing in is required (see the identity module's security
 * configuration).
 */
@RestController
class ProcurementFileDownloads {

	private final ProcurementFiles files;

	ProcurementFileDownloads(ProcurementFiles files) {
		this.files = files;
	}

	@GetMapping("/procurement-files/{challenge}")
	void download(@PathVariable String challenge, HttpServletResponse response) throws IOException {
		ChallengeId id;
		try {
			id = ChallengeId.of(challenge);
		}
		catch (IllegalArgumentException malformed) {
			throw new ChallengeNotFound(challenge);
		}
		files.download(id, fileName -> {
			response.setContentType("application/zip");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName.value()).build().toString());
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			return response.getOutputStream();
		});
	}

	@ExceptionHandler({ ChallengeNotFound.class, AccessDeniedException.class })
	ResponseEntity<Void> notFound() {
		return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
	}

}
