package org.pilotbridge.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Measures what the streams of a PDF unpack to, as a reader will unpack them, and stops
 * as soon as the total passes the bound: a compression bomb (a few hundred kilobytes that
 * inflate to gigabytes in a reader) is refused. Each stream is decoded through PDFBox's
 * filters into a sink that only counts, chunk by chunk, never into memory; picture codecs
 * (JPEG, JPEG 2000, JBIG2, CCITT fax) are not decoded, as what they unpack to is pixels,
 * not data a reader keeps. A stream with more than one filter keeps what the first ones
 * unpack to in memory, at most as much as the size limit, since a legitimate file never
 * wraps more than that (an ASCII layer around compressed data). A stream that cannot be
 * decoded is skipped, as readers skip it.
 */
final class Inflation {

	/**
	 * Picture codecs, and the crypt filter of encrypted files (which are refused anyway).
	 */
	private static final Set<COSName> NOT_DECODED = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
			COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION,
			COSName.CRYPT);

	private final long maxTotal;

	private final long maxIntermediate;

	private long total;

	private boolean passed;

	Inflation(PdfLimits limits) {
		this.maxTotal = limits.maxInflatedBytes();
		this.maxIntermediate = limits.maxBytes();
	}

	/**
	 * Thrown by the counting sinks once the bound is passed, and again on every later
	 * write.
	 */
	static final class BoundPassed extends IOException {

		BoundPassed() {
			super("The streams unpack to more than the bound", null);
		}

	}

	/** Whether the total, with this stream unpacked, is still within the bound. */
	boolean withinBound(COSStream stream) throws IOException {
		var filters = decodedFilters(stream);
		if (filters.isEmpty()) {
			return true;
		}
		InputStream input = stream.createRawInputStream();
		try {
			for (int i = 0; i < filters.size(); i++) {
				var last = i == filters.size() - 1;
				var sink = new CountingSink(last ? Long.MAX_VALUE : maxIntermediate);
				try (var encoded = input) {
					FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(encoded, sink, stream, i);
				}
				if (passed) {
					return false;
				}
				input = last ? InputStream.nullInputStream() : new ByteArrayInputStream(sink.kept.toByteArray());
			}
			return true;
		}
		catch (InterruptedIOException abandoned) {
			throw abandoned;
		}
		catch (BoundPassed bound) {
			return false;
		}
		catch (IOException | RuntimeException undecodable) {
			// A filter may wrap the sink's failure in one of its own.
			InterruptibleRead.checkNotInterrupted();
			return !passed;
		}
		finally {
			input.close();
		}
	}

	private static List<COSName> decodedFilters(COSStream stream) {
		var names = new ArrayList<COSName>();
		switch (stream.getFilters()) {
			case COSName name -> names.add(name);
			case COSArray array -> {
				for (int i = 0; i < array.size(); i++) {
					if (array.getObject(i) instanceof COSName name) {
						names.add(name);
					}
				}
			}
			case null, default -> {
				// no filter: the data is stored as it is
			}
		}
		var decoded = new ArrayList<COSName>();
		for (var name : names) {
			if (NOT_DECODED.contains(name)) {
				break;
			}
			decoded.add(name);
		}
		return decoded;
	}

	/**
	 * Counts what a filter writes into the total and, for a filter whose output feeds
	 * another one, keeps it up to a bound; fails every write once a bound is passed, so
	 * the filter stops, and remembers it in case the filter swallows the failure.
	 */
	private final class CountingSink extends OutputStream {

		private final long maxKept;

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		CountingSink(long maxKept) {
			this.maxKept = maxKept;
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			if (keeps()) {
				kept.write(b);
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			InterruptibleRead.checkNotInterrupted();
			count(length);
			if (keeps()) {
				kept.write(bytes, offset, length);
			}
		}

		private void count(int length) throws BoundPassed {
			total += length;
			if (passed || total > maxTotal || (keeps() && kept.size() + (long) length > maxKept)) {
				passed = true;
				throw new BoundPassed();
			}
		}

		private boolean keeps() {
			return maxKept != Long.MAX_VALUE;
		}

	}

}
