package org.pilotbridge.proposal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the files of proposals: {@code /proposals/{id}/attachments/{attachmentId}} and
 * {@code /proposals/{id}/versions/{n}/receipt} and {@code /proposals/{id}/outcome-letter}
 * (see {@link ProposalLinks}). {@link ProposalQuery} decides who may download what and
 * audits it; whatever it refuses, and whatever does not exist, answers 404 without a
 * body, so that nobody learns whether a sealed proposal exists. Files are always served
 * as attachments that browsers neither sniff nor keep. Signing in is required (see the
 * identity module's security configuration).
 */
@RestController
class ProposalDownloads {

	private final ProposalQuery proposals;

	ProposalDownloads(ProposalQuery proposals) {
		this.proposals = proposals;
	}

	@GetMapping("/proposals/{proposal}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(@PathVariable String proposal, @PathVariable String attachment) {
		return pdf(proposals.attachment(proposalId(proposal), attachmentId(attachment)));
	}

	@GetMapping("/proposals/{proposal}/versions/{version}/receipt")
	ResponseEntity<byte[]> receipt(@PathVariable String proposal, @PathVariable String version) {
		return pdf(proposals.receipt(proposalId(proposal), versionNumber(version)).download());
	}

	@GetMapping("/proposals/{proposal}/outcome-letter")
	ResponseEntity<byte[]> outcomeLetter(@PathVariable String proposal) {
		return pdf(proposals.outcomeLetter(proposalId(proposal)));
	}

	@ExceptionHandler(ProposalNotFound.class)
	ResponseEntity<Void> notFound() {
		return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
	}

	private static ResponseEntity<byte[]> pdf(PdfDownload file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName().value()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

	private static ProposalId proposalId(String id) {
		try {
			return ProposalId.of(id);
		}
		catch (IllegalArgumentException malformed) {
			throw new ProposalNotFound(id);
		}
	}

	private static ProposalAttachmentId attachmentId(String id) {
		try {
			return ProposalAttachmentId.of(id);
		}
		catch (IllegalArgumentException malformed) {
			throw new ProposalNotFound(id);
		}
	}

	private static int versionNumber(String version) {
		try {
			var number = Integer.parseInt(version);
			if (number < 1) {
				throw new ProposalNotFound(version);
			}
			return number;
		}
		catch (NumberFormatException malformed) {
			throw new ProposalNotFound(version);
		}
	}

}
