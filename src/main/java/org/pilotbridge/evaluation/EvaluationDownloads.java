package org.pilotbridge.evaluation;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.ChallengeNotFound;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.proposal.ProposalNotFound;

/**
 * Serves the evaluation's documents: {@code /evaluation-documents/proposals/{id}/letter}
 * to the bidding company's members and
 * {@code /evaluation-documents/challenges/{id}/report} to the chair and the challenge's
 * managers. {@link EvaluationLetters} decides who may download what; whatever it refuses
 * answers 404 without a body. Signing in is required (see the identity module's security
 * configuration).
 */
@RestController
class EvaluationDownloads {

	private final EvaluationLetters letters;

	EvaluationDownloads(EvaluationLetters letters) {
		this.letters = letters;
	}

	@GetMapping("/evaluation-documents/proposals/{proposal}/letter")
	ResponseEntity<byte[]> letter(@PathVariable String proposal) {
		try {
			return pdf(letters.letter(ProposalId.of(proposal)));
		}
		catch (IllegalArgumentException malformed) {
			throw new ProposalNotFound(proposal);
		}
	}

	@GetMapping("/evaluation-documents/challenges/{challenge}/report")
	ResponseEntity<byte[]> report(@PathVariable String challenge) {
		try {
			return pdf(letters.report(ChallengeId.of(challenge)));
		}
		catch (IllegalArgumentException malformed) {
			throw new ChallengeNotFound(challenge);
		}
	}

	@ExceptionHandler({ ProposalNotFound.class, ChallengeNotFound.class, AccessDeniedException.class })
	ResponseEntity<Void> notFound() {
		return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
	}

	private static ResponseEntity<byte[]> pdf(EvaluationDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(document.pdf());
	}

}
