package org.pilotbridge.shared.ui;

import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.dom.DomEvent;

import org.pilotbridge.shared.FileSizes;
import org.pilotbridge.shared.InvalidInput;

/**
 * Vaadin's upload component as every view uses it: streaming each file straight into an
 * application service, bounded on the server, with its texts ("Upload Files...", "Drop
 * files here", the progress and error messages) in the visitor's language, which
 * otherwise stay in English.
 *
 * @see "Design decision: docs/decisions/DD023-20261207-request-body-bounds.md"
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * Stores an uploaded file as it arrives: called on the upload's own request, with the
	 * person's security context and without the UI's lock, so it calls services and never
	 * touches components. It refuses the file by throwing {@link InvalidInput}.
	 */
	@FunctionalInterface
	public interface Receiver extends Serializable {

		void receive(String fileName, InputStream content);

	}

	/**
	 * What the view shows once the browser reports the end of an upload; called with the
	 * UI's lock.
	 */
	public interface Outcomes extends Serializable {

		void stored(String fileName);

		void refused(String fileName, InvalidInput reason);

	}

	/**
	 * An upload that streams each file into the receiver, never reading more than one
	 * byte past {@code maxBytes} of it, and tells the view what became of it: stored,
	 * refused by the receiver, too large (with the limit), or refused by the server
	 * before it reached the receiver (too large, or too many uploads at once on the
	 * server: "try again").
	 * @param field the field named by the problems this upload reports itself
	 */
	public static Upload streaming(Component view, long maxBytes, String field, Receiver receiver, Outcomes outcomes) {
		var handler = new StreamingUploadHandler(maxBytes, field, receiver);
		var upload = new Upload(handler);
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
		translated(upload, view);
		upload.getI18n()
			.getUploading()
			.getError()
			.setFileTooLarge(view.getTranslation("upload.too-large", size(view, maxBytes)));
		upload.getI18n().getError().setFileIsTooBig(view.getTranslation("upload.too-large", size(view, maxBytes)));
		upload.setI18n(upload.getI18n());
		for (var end : List.of("upload-success", "upload-error")) {
			upload.getElement()
				.addEventListener(end, event -> ended(event, handler, field, maxBytes, view, outcomes))
				.addEventData("event.detail.file.name")
				.addEventData("event.detail.xhr.status");
		}
		return upload;
	}

	private static void ended(DomEvent event, StreamingUploadHandler handler, String field, long maxBytes,
			Component view, Outcomes outcomes) {
		var fileName = event.getEventData().path("event.detail.file.name").asString("");
		var outcome = handler.takeOutcome(fileName);
		if (outcome != null) {
			if (outcome.refusal() != null) {
				outcomes.refused(fileName, outcome.refusal());
			}
			else if (outcome.tooLarge()) {
				outcomes.refused(fileName, InvalidInput.of(field, "upload.too-large", size(view, maxBytes)));
			}
			else {
				outcomes.stored(fileName);
			}
			return;
		}
		// The server refused the request before it reached the handler.
		switch (event.getEventData().path("event.detail.xhr.status").asInt(0)) {
			case 413 -> outcomes.refused(fileName, InvalidInput.of(field, "upload.too-large", size(view, maxBytes)));
			case 503 -> outcomes.refused(fileName, InvalidInput.of(field, "upload.busy"));
			case 0 -> {
				if ("upload-error".equals(event.getType())) {
					outcomes.refused(fileName, InvalidInput.of(field, "upload.interrupted"));
				}
			}
			default -> {
				// An unexpected failure: the upload says so, and the error handler has
				// logged it.
			}
		}
	}

	/** The size as people read it, in the view's language. */
	public static String size(Component view, long bytes) {
		return FileSizes.describe(bytes, view::getTranslation);
	}

	/** Sets the upload's texts in the language of the component that shows it. */
	public static Upload translated(Upload upload, Component translator) {
		var i18n = new UploadI18N()
			.setDropFiles(new UploadI18N.DropFiles().setOne(text(translator, "drop-one"))
				.setMany(text(translator, "drop-many")))
			.setAddFiles(
					new UploadI18N.AddFiles().setOne(text(translator, "add-one")).setMany(text(translator, "add-many")))
			.setError(new UploadI18N.Error().setTooManyFiles(text(translator, "too-many"))
				.setFileIsTooBig(text(translator, "too-big"))
				.setIncorrectFileType(text(translator, "wrong-type")))
			.setUploading(new UploadI18N.Uploading()
				.setStatus(new UploadI18N.Uploading.Status().setConnecting(text(translator, "connecting"))
					.setStalled(text(translator, "stalled"))
					.setProcessing(text(translator, "processing"))
					.setHeld(text(translator, "held")))
				.setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text(translator, "remaining"))
					.setUnknown(text(translator, "remaining-unknown")))
				.setError(new UploadI18N.Uploading.Error().setServerUnavailable(text(translator, "server-unavailable"))
					.setUnexpectedServerError(text(translator, "server-error"))
					.setForbidden(text(translator, "forbidden"))
					.setFileTooLarge(text(translator, "too-big"))))
			.setFile(new UploadI18N.File().setRetry(text(translator, "retry"))
				.setStart(text(translator, "start"))
				.setRemove(text(translator, "remove")))
			.setUnits(List.of(text(translator, "unit-bytes"), "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
		upload.setI18n(i18n);
		return upload;
	}

	private static String text(Component translator, String key) {
		return translator.getTranslation("upload." + key);
	}

}
