package org.pilotbridge.shared.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request's body may be, per kind of request, and how many uploads a node
 * receives at once; see {@link RequestBodyKind}.
 *
 * @param upload the largest file any upload accepts (the body may hold
 * {@value RequestBodyKind#UPLOAD_ENVELOPE} bytes more, for a multipart envelope)
 * @param ui the largest message of Vaadin's own protocol (UIDL, heartbeat, the first
 * request)
 * @param form the largest form or other body sent to any other address (the account
 * pages, sign-in and sign-out, the built-in provider's endpoints, the public site)
 * @param concurrentUploads how many uploads this node receives, checks and stores at once
 * @param uploadWait how long one more upload waits for one of them to end before it is
 * refused as busy
 * @param waitingUploads how many uploads may wait at once; one more is refused as busy at
 * once, so that waiting uploads never hold all of the web server's threads
 */
@ConfigurationProperties("pilotbridge.request-body")
record RequestBodyProperties(@DefaultValue("10MB") DataSize upload, @DefaultValue("1MB") DataSize ui,
		@DefaultValue("64KB") DataSize form, @DefaultValue("8") int concurrentUploads,
		@DefaultValue("20s") Duration uploadWait, @DefaultValue("48") int waitingUploads) {

	RequestBodyProperties {
		if (upload.toBytes() < 1 || ui.toBytes() < 1 || form.toBytes() < 1) {
			throw new IllegalArgumentException("pilotbridge.request-body.* limits must be positive");
		}
		if (concurrentUploads < 1) {
			throw new IllegalArgumentException("pilotbridge.request-body.concurrent-uploads must be at least 1");
		}
		if (waitingUploads < 0) {
			throw new IllegalArgumentException("pilotbridge.request-body.waiting-uploads must not be negative");
		}
		if (uploadWait.isNegative()) {
			throw new IllegalArgumentException("pilotbridge.request-body.upload-wait must not be negative");
		}
	}

	/** The most bytes a request of this kind may carry. */
	long limitOf(RequestBodyKind kind) {
		return switch (kind) {
			case UPLOAD -> upload.toBytes() + RequestBodyKind.UPLOAD_ENVELOPE;
			case UI -> ui.toBytes();
			case FORM -> form.toBytes();
			case DATA -> 0;
		};
	}

	/** The limit as told to people: for uploads, the largest file. */
	long shownLimitOf(RequestBodyKind kind) {
		return kind == RequestBodyKind.UPLOAD ? upload.toBytes() : limitOf(kind);
	}

}
