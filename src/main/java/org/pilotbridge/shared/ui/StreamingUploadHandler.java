package org.pilotbridge.shared.ui;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.RequestBodyRefusal;
import org.pilotbridge.shared.RequestBodyTooLarge;

/**
 * Streams each uploaded file straight into a receiver, on the upload's own request, never
 * into memory first: the receiver (an application service) reads and checks the file as
 * it arrives, and at most one byte more than the file limit is ever read from the
 * request. What the receiver decided waits here until the browser reports the end of the
 * upload, when {@link Uploads} shows it in the UI. Vaadin applies the same limits to
 * multipart requests; the request's own bound is kept by the server in front of
 * everything.
 *
 * @see "Design decision: docs/decisions/DD023-20261207-request-body-bounds.md"
 */
final class StreamingUploadHandler implements UploadHandler {

	private final long maxBytes;

	private final String field;

	private final Uploads.Receiver receiver;

	/** What happened to each file, by name, until the browser reports its end. */
	private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

	/**
	 * How to refuse the upload request this thread serves, when its file was too large,
	 * until its response is set.
	 */
	private static final ThreadLocal<@Nullable RequestBodyRefusal> refusingTooLarge = new ThreadLocal<>();

	StreamingUploadHandler(long maxBytes, String field, Uploads.Receiver receiver) {
		this.maxBytes = maxBytes;
		this.field = field;
		this.receiver = receiver;
	}

	/**
	 * What became of an uploaded file: stored, or refused by the receiver for a reason,
	 * or too large (perhaps with the receiver's own reason).
	 */
	record Outcome(@Nullable InvalidInput refusal, boolean tooLarge) {

		static final Outcome STORED = new Outcome(null, false);

	}

	@Override
	public void handleUploadRequest(UploadEvent event) {
		var fileName = event.getFileName() == null ? "" : event.getFileName();
		Outcome outcome;
		try (var content = new AtMost(event.getInputStream(), maxBytes)) {
			try {
				receiver.receive(fileName, content);
				outcome = content.passedLimit() ? new Outcome(null, true) : Outcome.STORED;
			}
			catch (InvalidInput refused) {
				// The receiver may have found the file too large itself, and said so with
				// the limit.
				outcome = new Outcome(refused, content.passedLimit());
			}
		}
		catch (FileTooLarge | RequestBodyTooLarge tooLarge) {
			outcome = new Outcome(null, true);
		}
		catch (IOException interrupted) {
			outcome = new Outcome(InvalidInput.of(field, "upload.interrupted"), false);
		}
		catch (UncheckedIOException unreadable) {
			// A receiver that could not read the upload: cut off for its size, or by the
			// client.
			outcome = unreadable.getCause() instanceof FileTooLarge
					|| unreadable.getCause() instanceof RequestBodyTooLarge ? new Outcome(null, true)
							: new Outcome(InvalidInput.of(field, "upload.interrupted"), false);
		}
		outcomes.put(fileName, outcome);
		if (outcome.tooLarge()) {
			refusingTooLarge
				.set(event.getRequest().getAttribute(RequestBodyRefusal.ATTRIBUTE) instanceof RequestBodyRefusal refusal
						? refusal
						: limit -> event.getResponse().setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode()));
		}
	}

	/**
	 * Answers {@code 413} for a file over the limit, as for any other body over its
	 * limit.
	 */
	@Override
	public void responseHandled(UploadResult result) {
		UploadHandler.super.responseHandled(result);
		var refusal = refusingTooLarge.get();
		refusingTooLarge.remove();
		if (refusal != null) {
			refusal.tooLarge(maxBytes);
		}
	}

	/**
	 * What became of the file, once; null when the request never reached this handler.
	 */
	@Nullable Outcome takeOutcome(String fileName) {
		return outcomes.remove(fileName);
	}

	@Override
	public long getFileSizeMax() {
		return maxBytes;
	}

	@Override
	public long getRequestSizeMax() {
		return maxBytes + 64 * 1024;
	}

	@Override
	public long getFileCountMax() {
		return 1;
	}

	/** Thrown when a file turns out larger than the limit. */
	static final class FileTooLarge extends IOException {

		FileTooLarge() {
			super("The file is larger than the limit", null);
		}

	}

	/**
	 * The file, of which at most one byte past the limit can be read; the next read
	 * fails.
	 */
	private static final class AtMost extends FilterInputStream {

		private final long maxBytes;

		private long read;

		AtMost(InputStream in, long maxBytes) {
			super(in);
			this.maxBytes = maxBytes;
		}

		/** Whether more than the limit was read: the file is larger than it. */
		boolean passedLimit() {
			return read > maxBytes;
		}

		@Override
		public int read() throws IOException {
			var one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (read > maxBytes) {
				throw new FileTooLarge();
			}
			var count = in.read(buffer, offset, (int) Math.min(length, maxBytes + 1 - read));
			if (count > 0) {
				read += count;
			}
			return count;
		}

		@Override
		public long skip(long n) throws IOException {
			return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
		}

	}

}
