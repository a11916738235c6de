package org.pilotbridge.document;

import java.io.IOException;
import java.io.InterruptedIOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The bytes of a file for PDFBox to parse, which stop being readable once the parsing
 * thread is interrupted. PDFBox does not look at interruptions itself, but it reads all
 * the time, also while it inflates a compressed object stream: so an abandoned parse ends
 * at its next read.
 */
final class InterruptibleRead implements RandomAccessRead {

	private final byte[] bytes;

	private final RandomAccessReadBuffer buffer;

	InterruptibleRead(byte[] bytes) {
		this.bytes = bytes;
		this.buffer = new RandomAccessReadBuffer(bytes);
	}

	@Override
	public int read() throws IOException {
		checkNotInterrupted();
		return buffer.read();
	}

	@Override
	public int read(byte[] b, int offset, int length) throws IOException {
		checkNotInterrupted();
		return buffer.read(b, offset, length);
	}

	@Override
	public long getPosition() throws IOException {
		return buffer.getPosition();
	}

	@Override
	public void seek(long position) throws IOException {
		checkNotInterrupted();
		buffer.seek(position);
	}

	@Override
	public long length() throws IOException {
		return buffer.length();
	}

	@Override
	public boolean isClosed() {
		return buffer.isClosed();
	}

	@Override
	public boolean isEOF() throws IOException {
		return buffer.isEOF();
	}

	/**
	 * A view with its own position over the same bytes (they are not copied),
	 * interruptible too.
	 */
	@Override
	public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
		return new RandomAccessReadView(new InterruptibleRead(bytes), startPosition, streamLength, true);
	}

	@Override
	public void close() throws IOException {
		buffer.close();
	}

	static void checkNotInterrupted() throws InterruptedIOException {
		if (Thread.currentThread().isInterrupted()) {
			throw new InterruptedIOException("The PDF inspection was abandoned");
		}
	}

}
