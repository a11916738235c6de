package org.pilotbridge.document;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking an uploaded file: either a PDF safe to store, or the reason why
 * not.
 */
public sealed interface PdfInspection {

	/**
	 * A PDF that passed every check.
	 *
	 * @param content the exact bytes received, to be stored as they are (at most the size
	 * limit)
	 * @param size the number of bytes
	 * @param pages the number of pages
	 * @param sha256 the SHA-256 of the bytes, in lower-case hex
	 */
	record Accepted(byte[] content, long size, int pages, String sha256) implements PdfInspection {

		public Accepted {
			Objects.requireNonNull(content, "content");
			Objects.requireNonNull(sha256, "sha256");
		}

	}

	/**
	 * A file that is not accepted.
	 *
	 * @param arguments the values of the message's placeholders, such as the size limit
	 */
	record Rejected(PdfRejection reason, List<Object> arguments) implements PdfInspection {

		public Rejected {
			Objects.requireNonNull(reason, "reason");
			arguments = List.copyOf(arguments);
		}

		public Rejected(PdfRejection reason) {
			this(reason, List.of());
		}

		/**
		 * The key of the translated message that tells the uploader why and what to do.
		 */
		public String messageKey() {
			return reason.messageKey();
		}

	}

}
