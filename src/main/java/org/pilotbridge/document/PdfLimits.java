package org.pilotbridge.document;

import java.time.Duration;
import java.util.Objects;

/**
 * What an uploaded PDF may demand.
 *
 * @param maxBytes the largest accepted file
 * @param maxPages the most pages accepted
 * @param maxParseTime how long checking the file may take before it is given up
 */
public record PdfLimits(long maxBytes, int maxPages, Duration maxParseTime) {

	/** 10 MB, 50 pages, 10 seconds. */
	public static final PdfLimits DEFAULT = new PdfLimits(10 * 1024 * 1024, 50, Duration.ofSeconds(10));

	/**
	 * How much memory parsing may allocate, as a multiple of the size limit. A file made
	 * only of tiny objects, about the worst legitimate case, allocates some 40 times its
	 * size (mostly short-lived); a file that asks for far more hides a compression bomb
	 * in the objects PDFBox must inflate to read them.
	 */
	static final int PARSE_ALLOCATION_PER_BYTE = 64;

	/**
	 * How much all the streams of a file may unpack to, as a multiple of the size limit.
	 * Text and drawings compress some 4 to 8 times, flat pictures such as screenshots up
	 * to some 20 times; a file that unpacks to far more is a compression bomb for whoever
	 * opens it.
	 */
	static final int INFLATION_PER_BYTE = 32;

	public PdfLimits {
		Objects.requireNonNull(maxParseTime, "maxParseTime");
		if (maxBytes < 1 || maxPages < 1 || maxParseTime.isNegative() || maxParseTime.isZero()) {
			throw new IllegalArgumentException("PDF limits must be positive");
		}
	}

	/** The size limit in megabytes (of 1,048,576 bytes), as shown to users. */
	public double maxMegabytes() {
		return Math.round(maxBytes * 10.0 / (1024 * 1024)) / 10.0;
	}

	/**
	 * How many bytes all the streams of a file may unpack to, in total: 320 MB for 10 MB.
	 */
	public long maxInflatedBytes() {
		return maxBytes * INFLATION_PER_BYTE;
	}

	/** {@link #maxInflatedBytes()} in megabytes, as shown to users. */
	public double maxInflatedMegabytes() {
		return Math.round(maxInflatedBytes() * 10.0 / (1024 * 1024)) / 10.0;
	}

	long maxParseAllocation() {
		return Math.max(64L * 1024 * 1024, maxBytes * PARSE_ALLOCATION_PER_BYTE);
	}

}
