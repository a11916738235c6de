package org.pilotbridge.document;

import java.util.List;
import java.util.Objects;

import org.pilotbridge.shared.Language;

/**
 * What a PDF says, already translated: {@link Documents} only lays it out.
 *
 * @param title opens the first page, ends every page's footer and names the file in its
 * metadata
 * @param language the language of the texts, recorded in the PDF so that screen readers
 * pronounce them correctly
 * @param author the organisation or person on whose behalf the document is issued
 * @param blocks the body, from top to bottom
 * @param attachments files embedded in the PDF, such as the submitted data behind a
 * receipt
 */
public record Document(String title, Language language, String author, List<Block> blocks,
		List<Attachment> attachments) {

	public Document {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(author, "author");
		blocks = List.copyOf(blocks);
		attachments = List.copyOf(attachments);
	}

	public Document(String title, Language language, String author, List<Block> blocks) {
		this(title, language, author, blocks, List.of());
	}

}
