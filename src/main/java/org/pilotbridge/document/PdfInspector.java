package org.pilotbridge.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.pilotbridge.document.PdfInspection.Accepted;
import org.pilotbridge.document.PdfInspection.Rejected;
import org.pilotbridge.shared.Sha256;

/**
 * Checks a file that someone uploads as a PDF (a proposal, a challenge attachment, a
 * brochure) before anything stores it. It accepts only a readable, unencrypted PDF that
 * starts with its header, within the size and page limits, whose page tree is a tree,
 * with no JavaScript, no launch actions, no actions reaching outside the file, no
 * embedded files, and whose streams do not unpack to more than the bound.
 * <p>
 * The upload is read only up to the size limit. PDFBox parses it on a thread of its own,
 * while this thread watches the clock and the memory the parse allocates; past either
 * limit the parse is abandoned: it is interrupted, stops at its next read of the file,
 * and its result is ignored. Streams are unpacked only into a sink that counts them.
 *
 * @see "Design decision: docs/decisions/DD003-20261125-pdf-documents.md"
 */
@Service
public class PdfInspector {

	private static final Logger log = LoggerFactory.getLogger(PdfInspector.class);

	/**
	 * Readers accept the header anywhere in the first kilobyte, after junk such as a mail
	 * header; this check wants it at the start, and looks that far only to say what is
	 * wrong.
	 */
	private static final int HEADER_WINDOW = 1024;

	/**
	 * Readers look for the end-of-file marker in the last kilobyte, after junk such as
	 * padding.
	 */
	private static final int TRAILER_WINDOW = 1024;

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

	/**
	 * What PDFBox may keep in memory of the streams it creates; the rest goes to a
	 * temporary file.
	 */
	private static final long STREAM_CACHE_MEMORY = 1024 * 1024;

	private static final long WATCH_INTERVAL_MILLIS = 10;

	private static final AtomicLong threads = new AtomicLong();

	private final ExecutorService parsing = Executors.newThreadPerTaskExecutor(runnable -> {
		var thread = new Thread(runnable, "pdf-inspection-" + threads.incrementAndGet());
		// An abandoned parse must never keep the application from stopping.
		thread.setDaemon(true);
		return thread;
	});

	private final AllocationMeter allocations = AllocationMeter.create();

	/** Checks the upload against the default limits: 10 MB, 50 pages, 10 seconds. */
	public PdfInspection inspect(InputStream upload) {
		return inspect(upload, PdfLimits.DEFAULT);
	}

	/** Reads the upload (not closing it) and checks it against the limits. */
	public PdfInspection inspect(InputStream upload, PdfLimits limits) {
		var inspection = switch (receive(upload, limits)) {
			case Refused refused -> refused.rejection();
			case Received received -> inspect(received.bytes(), limits);
		};
		if (inspection instanceof Rejected rejected) {
			log.info("Uploaded file rejected as a PDF: {}", rejected.reason());
		}
		return inspection;
	}

	private PdfInspection inspect(byte[] bytes, PdfLimits limits) {
		if (indexOf(bytes, END_OF_FILE, Math.max(0, bytes.length - TRAILER_WINDOW), bytes.length) < 0) {
			// A PDF is read from its end: without the marker it is truncated or has junk
			// appended.
			return new Rejected(PdfRejection.CORRUPTED);
		}
		return parseWithinLimits(bytes, limits);
	}

	/**
	 * The whole upload, unless it does not start with the PDF header or turns out larger
	 * than the limit: then reading stops right there, never more than one byte past the
	 * limit.
	 */
	private static Upload receive(InputStream upload, PdfLimits limits) {
		var maxBytes = limits.maxBytes();
		var received = new ByteArrayOutputStream((int) Math.min(maxBytes + 1, 64 * 1024));
		var buffer = new byte[8192];
		long total = 0;
		var headerChecked = false;
		try {
			while (true) {
				var read = upload.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total));
				if (read < 0) {
					break;
				}
				received.write(buffer, 0, read);
				total += read;
				if (!headerChecked && total >= HEADER_WINDOW) {
					var refused = withoutHeader(received.toByteArray());
					if (refused != null) {
						return refused;
					}
					headerChecked = true;
				}
				if (total > maxBytes) {
					return new Refused(new Rejected(PdfRejection.TOO_LARGE, List.of(limits.maxMegabytes())));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the upload", e);
		}
		var bytes = received.toByteArray();
		var refused = headerChecked ? null : withoutHeader(bytes);
		return refused == null ? new Received(bytes) : refused;
	}

	/**
	 * Why the file is refused for its start: no header, or something before it; null when
	 * it starts with it.
	 */
	private static @Nullable Refused withoutHeader(byte[] start) {
		var header = indexOf(start, HEADER, 0, Math.min(start.length, HEADER_WINDOW));
		if (header == 0) {
			return null;
		}
		return new Refused(new Rejected(header > 0 ? PdfRejection.DATA_BEFORE_HEADER : PdfRejection.NOT_A_PDF));
	}

	private PdfInspection parseWithinLimits(byte[] bytes, PdfLimits limits) {
		var parse = new Parse(bytes, limits, allocations);
		Future<PdfInspection> outcome = parsing.submit(parse);
		var deadline = System.nanoTime() + limits.maxParseTime().toNanos();
		try {
			while (true) {
				try {
					return outcome.get(Math.min(WATCH_INTERVAL_MILLIS, Math.max(1, remainingMillis(deadline))),
							TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException stillParsing) {
					if (System.nanoTime() - deadline >= 0) {
						outcome.cancel(true);
						return new Rejected(PdfRejection.TIMED_OUT);
					}
					if (parse.allocated() > limits.maxParseAllocation()) {
						outcome.cancel(true);
						return new Rejected(PdfRejection.TOO_COMPLEX);
					}
				}
			}
		}
		catch (InterruptedException interrupted) {
			outcome.cancel(true);
			Thread.currentThread().interrupt();
			return new Rejected(PdfRejection.TIMED_OUT);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("The PDF inspection failed", failed.getCause());
		}
	}

	private static long remainingMillis(long deadline) {
		return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
	}

	/** Parsing and checking, on the parsing thread. */
	private static final class Parse implements Callable<PdfInspection> {

		private final byte[] bytes;

		private final PdfLimits limits;

		private final AllocationMeter allocations;

		private volatile @Nullable Thread thread;

		private volatile long allocatedBefore;

		Parse(byte[] bytes, PdfLimits limits, AllocationMeter allocations) {
			this.bytes = bytes;
			this.limits = limits;
			this.allocations = allocations;
		}

		@Override
		public PdfInspection call() {
			allocatedBefore = allocations.of(Thread.currentThread());
			thread = Thread.currentThread();
			var inspection = inspect();
			// The watcher may look too late on a busy machine; the verdict must not
			// depend on it.
			return allocated() > limits.maxParseAllocation() ? new Rejected(PdfRejection.TOO_COMPLEX) : inspection;
		}

		/** What the parse has allocated so far; 0 before it starts. */
		long allocated() {
			var parsing = thread;
			return parsing == null ? 0 : allocations.of(parsing) - allocatedBefore;
		}

		private PdfInspection inspect() {
			try (var pdf = Loader.loadPDF(new InterruptibleRead(bytes), "", null, null,
					MemoryUsageSetting.setupMixed(STREAM_CACHE_MEMORY).streamCache)) {
				if (pdf.isEncrypted()) {
					return new Rejected(PdfRejection.ENCRYPTED);
				}
				var pages = PageTree.count(pdf.getDocumentCatalog().getCOSObject(), limits.maxPages());
				if (pages > limits.maxPages()) {
					return new Rejected(PdfRejection.TOO_MANY_PAGES, List.of(limits.maxPages()));
				}
				if (pages == 0) {
					return new Rejected(PdfRejection.NO_PAGES);
				}
				var found = ActiveContent.find(pdf.getDocument(), new Inflation(limits));
				if (found.isPresent()) {
					return found.get() == PdfRejection.INFLATES_TOO_MUCH
							? new Rejected(PdfRejection.INFLATES_TOO_MUCH, List.of(limits.maxInflatedMegabytes()))
							: new Rejected(found.get());
				}
				return new Accepted(bytes, bytes.length, pages, Sha256.hex(bytes));
			}
			catch (InvalidPasswordException passwordProtected) {
				return new Rejected(PdfRejection.ENCRYPTED);
			}
			catch (PageTree.NotATree cycle) {
				return new Rejected(PdfRejection.CORRUPTED);
			}
			catch (IOException | RuntimeException | StackOverflowError | NoClassDefFoundError unreadable) {
				// PDFBox throws all of these on malformed files; it needs Bouncy Castle
				// (absent) for certificate encryption, which is rejected anyway.
				log.debug("PDF unreadable", unreadable);
				return new Rejected(indexOf(bytes, ENCRYPT, 0, bytes.length) >= 0 ? PdfRejection.ENCRYPTED
						: PdfRejection.CORRUPTED);
			}
		}

	}

	private static int indexOf(byte[] bytes, byte[] wanted, int from, int to) {
		outer: for (int i = from; i <= to - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (bytes[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private sealed interface Upload {

	}

	private record Received(byte[] bytes) implements Upload {
	}

	private record Refused(Rejected rejection) implements Upload {
	}

	/**
	 * The bytes a thread has allocated so far, where the runtime can tell (HotSpot can);
	 * elsewhere always 0, so that only the time limit applies.
	 */
	private interface AllocationMeter {

		long of(Thread thread);

		static AllocationMeter create() {
			if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
					&& threads.isThreadAllocatedMemorySupported()) {
				threads.setThreadAllocatedMemoryEnabled(true);
				return thread -> Math.max(0, threads.getThreadAllocatedBytes(thread.threadId()));
			}
			return thread -> 0;
		}

	}

}
