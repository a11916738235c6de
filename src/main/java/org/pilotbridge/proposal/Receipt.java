package org.pilotbridge.proposal;

import java.time.Instant;
import java.time.ZoneId;

import org.pilotbridge.document.SafeFileName;
import org.pilotbridge.shared.Language;

/**
 * The PDF/A-3b receipt of a submitted version, in the submitter's language, rendered once
 * and kept: every download gives the same bytes.
 *
 * @param timeZone the challenge's official time zone, in which the receipt states the
 * time of receipt
 * @param fileName the name to download it under
 */
public record Receipt(ProposalId proposal, int version, String challengeReference, String challengeTitle,
		Instant receivedAt, ZoneId timeZone, String digest, Language language, SafeFileName fileName, byte[] pdf) {

	public Receipt {
		pdf = pdf.clone();
	}

	@Override
	public byte[] pdf() {
		return pdf.clone();
	}

	public PdfDownload download() {
		return new PdfDownload(fileName, pdf);
	}

}
