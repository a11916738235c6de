package org.pilotbridge.document;

import java.util.Objects;

/**
 * A file embedded in a document as a PDF/A-3 associated file of the whole document, with
 * the relationship {@code Data}: the data the document presents, such as the canonical
 * JSON of a submitted proposal behind its receipt.
 *
 * @param fileName the name under which a PDF reader offers to save it
 * @param mimeType such as {@code application/json}
 * @param content the file itself (copied, so later changes to the array do not alter the
 * document)
 * @param description a short, translated text a PDF reader shows next to the file
 */
public record Attachment(String fileName, String mimeType, byte[] content, String description) {

	public Attachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mimeType, "mimeType");
		Objects.requireNonNull(description, "description");
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

}
