package org.pilotbridge.document;

/**
 * Why an uploaded file was not accepted as a PDF, each with the message key (bundle
 * {@code messages/document}) that tells the uploader what to do.
 */
public enum PdfRejection {

	/** The file does not start like a PDF. */
	NOT_A_PDF("document.pdf.rejected.not-a-pdf"),

	/**
	 * Something comes before the PDF header, which must open the file: the file may be
	 * another kind of file too (a web page, an archive, a script) that other programs
	 * read differently.
	 */
	DATA_BEFORE_HEADER("document.pdf.rejected.data-before-header"),

	/** Larger than the limit; the message takes the limit in megabytes as {@code {0}}. */
	TOO_LARGE("document.pdf.rejected.too-large"),

	/** Truncated or damaged so that it cannot be read, or with a page tree in a cycle. */
	CORRUPTED("document.pdf.rejected.corrupted"),

	/**
	 * Protected by a password or encrypted in any way, even when it opens without a
	 * password.
	 */
	ENCRYPTED("document.pdf.rejected.encrypted"),

	/** A PDF without a single page. */
	NO_PAGES("document.pdf.rejected.no-pages"),

	/** More pages than the limit; the message takes the limit as {@code {0}}. */
	TOO_MANY_PAGES("document.pdf.rejected.too-many-pages"),

	/** Contains JavaScript or a dynamic (XFA) form, which could run code in a reader. */
	SCRIPT("document.pdf.rejected.script"),

	/** Contains an action that starts another program. */
	LAUNCH_ACTION("document.pdf.rejected.launch-action"),

	/**
	 * Contains a link or an action that reaches outside the file: a web address, another
	 * file (also one embedded in it), a form sent or data imported, a rendition, a sound
	 * or a movie.
	 */
	OUTSIDE_ACTION("document.pdf.rejected.outside-action"),

	/** Carries other files inside it. */
	EMBEDDED_FILE("document.pdf.rejected.embedded-file"),

	/** Checking it took longer than the time limit. */
	TIMED_OUT("document.pdf.rejected.timed-out"),

	/** Reading it would take more memory than any normal PDF of its size needs. */
	TOO_COMPLEX("document.pdf.rejected.too-complex"),

	/**
	 * Its streams unpack to more than a PDF within the size limit needs (a compression
	 * bomb for the readers); the message takes the bound in megabytes as {@code {0}}.
	 */
	INFLATES_TOO_MUCH("document.pdf.rejected.inflates-too-much");

	private final String messageKey;

	PdfRejection(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
