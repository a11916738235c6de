package org.pilotbridge.proposal;

import org.pilotbridge.document.SafeFileName;

/**
 * A PDF to download, with a file name safe for a {@code Content-Disposition} header.
 * Serve it as an attachment of type {@code application/pdf} with
 * {@code X-Content-Type-Options: nosniff} and {@code Cache-Control: no-store}.
 */
public record PdfDownload(SafeFileName fileName, byte[] content) {

	public PdfDownload {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

}
