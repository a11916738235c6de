package org.pilotbridge.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Translates the texts of Vaadin's upload component ("Upload Files...", "Drop files here", the
 * progress and error messages), which otherwise stay in English whatever the visitor's language.
 */
public final class Uploads {

	private Uploads() {
	}

	/** Sets the upload's texts in the language of the component that shows it. */
	public static Upload translated(Upload upload, Component translator) {
		var i18n = new UploadI18N()
			.setDropFiles(new UploadI18N.DropFiles().setOne(text(translator, "drop-one"))
				.setMany(text(translator, "drop-many")))
			.setAddFiles(new UploadI18N.AddFiles().setOne(text(translator, "add-one"))
				.setMany(text(translator, "add-many")))
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
