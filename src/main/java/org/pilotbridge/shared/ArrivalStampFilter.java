package org.pilotbridge.shared;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Stamps the arrival of every request from the application clock, as the very first
 * filter, and notes when the application reads the last byte of its body, so that
 * {@link RequestReceipt} knows when the complete request was received. It reads and
 * buffers nothing itself: the body still streams to whoever reads it (and through
 * whatever bounds it), and the stamp only watches for its end.
 *
 * @see "Design decision: docs/decisions/DD020-20261207-time-of-receipt.md"
 */
final class ArrivalStampFilter implements Filter {

	private final Clock clock;

	ArrivalStampFilter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http) || request.getAttribute(RequestReceipt.ATTRIBUTE) != null) {
			chain.doFilter(request, response);
			return;
		}
		var hasBody = http.getContentLengthLong() > 0 || http.getHeader("Transfer-Encoding") != null;
		var stamp = new ArrivalStamp(RequestReceipt.now(clock), hasBody);
		request.setAttribute(RequestReceipt.ATTRIBUTE, stamp);
		chain.doFilter(hasBody ? new StampedRequest(http, stamp, clock) : request, response);
	}

	/**
	 * A request whose body, read as bytes or as characters, tells its stamp when it ends.
	 */
	private static final class StampedRequest extends HttpServletRequestWrapper {

		private final ArrivalStamp stamp;

		private final Clock clock;

		private final long length;

		private @Nullable ServletInputStream input;

		private @Nullable BufferedReader reader;

		StampedRequest(HttpServletRequest request, ArrivalStamp stamp, Clock clock) {
			super(request);
			this.stamp = stamp;
			this.clock = clock;
			this.length = request.getContentLengthLong();
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (input == null) {
				input = new EndNoticingInputStream(super.getInputStream());
			}
			return input;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (reader == null) {
				reader = new BufferedReader(new EndNoticingReader(super.getReader()));
			}
			return reader;
		}

		private void ended() {
			stamp.bodyEnded(clock);
		}

		private final class EndNoticingInputStream extends ServletInputStream {

			private final ServletInputStream body;

			private long read;

			EndNoticingInputStream(ServletInputStream body) {
				this.body = body;
			}

			@Override
			public int read() throws IOException {
				var b = body.read();
				counted(b < 0 ? -1 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int count) throws IOException {
				var n = body.read(buffer, offset, count);
				counted(n);
				return n;
			}

			private void counted(int n) {
				if (n < 0) {
					ended();
					return;
				}
				read += n;
				if (length > 0 && read >= length) {
					ended();
				}
			}

			@Override
			public boolean isFinished() {
				return body.isFinished();
			}

			@Override
			public boolean isReady() {
				return body.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				body.setReadListener(listener);
			}

			@Override
			public int available() throws IOException {
				return body.available();
			}

			@Override
			public void close() throws IOException {
				body.close();
			}

		}

		private final class EndNoticingReader extends FilterReader {

			EndNoticingReader(Reader body) {
				super(body);
			}

			@Override
			public int read() throws IOException {
				var c = super.read();
				if (c < 0) {
					ended();
				}
				return c;
			}

			@Override
			public int read(char[] buffer, int offset, int count) throws IOException {
				var n = super.read(buffer, offset, count);
				if (n < 0) {
					ended();
				}
				return n;
			}

		}

	}

}
