package org.pilotbridge.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;

/**
 * Renders documents (receipts, award letters, evaluation reports, challenge sheets) as
 * PDF/A-3b: A4 pages with wrapped text, tables whose header repeats on every page, a
 * footer with the title and the page number, an embedded font, the document's language
 * and metadata, and its attachments as associated files. Callers pass texts already
 * translated; this service only lays them out.
 *
 * @see "Design decision: docs/decisions/DD003-20261125-pdf-documents.md"
 */
@Service
public class Documents {

	private final Clock clock;

	Documents(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The document as the bytes of a PDF/A-3b file, created now. Any text can be
	 * rendered: characters the font lacks are printed as {@code ?} and control characters
	 * are dropped.
	 */
	public byte[] render(Document document) {
		try (var pdf = new PDDocument()) {
			new DocumentLayout(pdf, Typeface.regular(pdf), Typeface.bold(pdf)).layOut(document);
			PdfAConformance.apply(pdf, document, clock.instant());
			var out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			// Everything happens in memory: an I/O error here is a bug, not a user error.
			throw new UncheckedIOException("Could not render the document " + document.title(), e);
		}
	}

}
