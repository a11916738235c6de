package org.pilotbridge.shared.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.shared.FileSizes;
import org.pilotbridge.shared.LanguageCookie;
import org.pilotbridge.shared.RequestBodyRefusal;
import org.pilotbridge.shared.RequestBodyTooLarge;
import org.pilotbridge.shared.UploadPermits;

/**
 * In front of everything, before security and before any body is read: bounds the body of
 * every request by the limit of its {@link RequestBodyKind}, while it streams, whatever
 * carries it.
 * <ul>
 * <li>A declared length ({@code Content-Length}) over the limit is refused with
 * {@code 413} before a byte is read.</li>
 * <li>An upload takes one of the node's {@link UploadPermits} first; with none free
 * within {@code pilotbridge.request-body.upload-wait} it is refused with {@code 503} and
 * {@code Retry-After}. An upload answered before its body was read to the end (busy, or
 * refused by the application) is read to its end within its limit and dropped, so that
 * the client, still sending, gets the answer.</li>
 * <li>Otherwise the application reads the body through a count: the read that goes past
 * the limit fails with {@link RequestBodyTooLarge}, and the request is refused with
 * {@code 413} right then (what the application tries to answer afterwards is dropped). An
 * upload sent in chunks without a length is cut off as soon as the count passes the
 * limit.</li>
 * <li>A small body (of a Vaadin message, a form, the public data) sent in chunks without
 * a length is read here, through the count, before anything else sees it, and given to
 * the application from memory, so that it is refused past the limit even where nothing
 * would read it. A form or multipart body sent in chunks, which the container would parse
 * by itself, out of this count, is read here through the count and dropped: past the
 * limit it is refused with {@code 413}, within it with {@code 411 Length Required}.
 * Browsers always send the length; forms and multipart bodies with a length are parsed by
 * the container, which never reads more than the length, bounded above.</li>
 * </ul>
 * Refusals speak the client's language, as a small page to browsers and an RFC 9457
 * problem to the others, and close the connection. The bytes read through the count and
 * the refusals are metrics ({@code pilotbridge.request.body.read},
 * {@code pilotbridge.request.body.refused}).
 *
 * @see "Design decision: docs/decisions/DD023-20261207-request-body-bounds.md"
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitFilter.class);

	/** When a client refused as busy is told to try again, in seconds. */
	static final int BUSY_RETRY_AFTER_SECONDS = 5;

	private final RequestBodyProperties limits;

	private final UploadPermits permits;

	private final MessageSource messages;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final Map<RequestBodyKind, Counter> bytesRead = new EnumMap<>(RequestBodyKind.class);

	RequestBodyLimitFilter(RequestBodyProperties limits, UploadPermits permits, MessageSource messages, JsonMapper json,
			MeterRegistry meters) {
		this.limits = limits;
		this.permits = permits;
		this.messages = messages;
		this.json = json;
		this.meters = meters;
		for (var kind : RequestBodyKind.values()) {
			bytesRead.put(kind,
					Counter.builder("pilotbridge.request.body.read")
						.description("Bytes of request bodies read by the application")
						.baseUnit("bytes")
						.tag("kind", kind.tag())
						.register(meters));
		}
	}

	/** Why a request is refused. */
	enum Refusal {

		TOO_LARGE(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request-body.too-large"),

		BUSY(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "request-body.busy"),

		LENGTH_REQUIRED(HttpServletResponse.SC_LENGTH_REQUIRED, "request-body.length-required");

		private final int status;

		private final String messageKey;

		Refusal(int status, String messageKey) {
			this.status = status;
			this.messageKey = messageKey;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var kind = RequestBodyKind.of(request);
		var limit = limits.limitOf(kind);
		var declared = request.getContentLengthLong();
		var unknownLength = declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if (declared <= 0 && !unknownLength) {
			chain.doFilter(request, response);
			return;
		}
		if (declared > limit) {
			refuse(request, response, kind, Refusal.TOO_LARGE, limits.shownLimitOf(kind));
			return;
		}
		var body = new CountedBody(request, limit, bytesRead.get(kind),
				() -> refuseTooLarge(request, response, kind, limits.shownLimitOf(kind)));
		if (kind != RequestBodyKind.UPLOAD) {
			filterWithin(request, response, chain, kind, body, unknownLength);
			return;
		}
		var permit = permits.tryTake(limits.uploadWait()).orElse(null);
		if (permit == null) {
			// Read first: once answered, the container no longer gives the body to
			// anyone.
			readTheRest(request, body);
			refuse(request, response, kind, Refusal.BUSY, limits.shownLimitOf(kind));
			return;
		}
		try {
			filterWithin(request, response, chain, kind, body, unknownLength);
		}
		finally {
			permit.close();
			readTheRest(request, body);
		}
	}

	private void filterWithin(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			RequestBodyKind kind, CountedBody body, boolean unknownLength) throws IOException, ServletException {
		if (unknownLength && !readAhead(request, response, kind, body)) {
			return;
		}
		request.setAttribute(RequestBodyRefusal.ATTRIBUTE, (RequestBodyRefusal) shownLimit -> {
			body.giveUp();
			refuseTooLarge(request, response, kind, shownLimit);
		});
		filterCounted(request, response, chain, kind, body);
	}

	/**
	 * Reads and drops what is left of an upload's body within its limit, when it is
	 * refused as busy or the application answered without reading it all (late, refused
	 * for its content): a client still sending would otherwise meet a closed connection
	 * and lose the answer. Never past the limit (the count refuses it) nor after a
	 * refusal for its size.
	 */
	private static void readTheRest(HttpServletRequest request, CountedBody body) {
		if (body.passedLimit() || request.isAsyncStarted()) {
			return;
		}
		try {
			if (!body.drainedWithinLimit()) {
				log.debug("Stopped reading the rest of an upload at {}", request.getRequestURI());
			}
		}
		catch (IllegalStateException readAsCharacters) {
			log.debug("Could not read the rest of an upload at {}", request.getRequestURI(), readAsCharacters);
		}
	}

	/**
	 * Deals with a body of unknown length before anything else sees it; whether the
	 * request goes on. A form or multipart body, which the container would parse by
	 * itself out of the count, is read through the count and dropped: {@code 413} past
	 * the limit, {@code 411} within it. Any other body of a small kind is read through
	 * the count into memory and given to the application from there, so that it is
	 * refused past the limit even where nothing would read it. An upload streams.
	 */
	private boolean readAhead(HttpServletRequest request, HttpServletResponse response, RequestBodyKind kind,
			CountedBody body) throws IOException {
		if (parsedByTheContainer(request)) {
			// Past the limit, the count has refused it already.
			if (body.drainedWithinLimit()) {
				refuse(request, response, kind, Refusal.LENGTH_REQUIRED, limits.shownLimitOf(kind));
			}
			return false;
		}
		return kind == RequestBodyKind.UPLOAD || body.readAhead();
	}

	private void filterCounted(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			RequestBodyKind kind, CountedBody body) throws IOException, ServletException {
		try {
			chain.doFilter(new CountedRequest(request, body), new MutedWhenTooLarge(response, body));
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (!body.passedLimit()) {
				throw failure;
			}
			log.debug("The application gave up on a body over the limit", failure);
		}
	}

	/**
	 * Answers {@code 413} the moment the body passes the limit (or what reads it finds it
	 * larger than a tighter limit of its own), while the application has not answered yet
	 * (it reads before it writes): what the application answers afterwards is dropped,
	 * and even a container that commits the response on its own (at the end of a forward,
	 * as to Vaadin's servlet) sends this one.
	 */
	private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, RequestBodyKind kind,
			long shownLimit) {
		if (response.isCommitted()) {
			log.info("Cut off a {} body over {} bytes at {} {} after the response had begun", kind.tag(), shownLimit,
					request.getMethod(), request.getRequestURI());
			return;
		}
		try {
			response.reset();
			refuse(request, response, kind, Refusal.TOO_LARGE, shownLimit);
		}
		catch (IOException | RuntimeException failed) {
			log.info("Could not refuse a {} body over its limit at {} {}: {}", kind.tag(), request.getMethod(),
					request.getRequestURI(), failed.toString());
		}
	}

	/** Bodies the container parses by itself when asked for parameters or parts. */
	private static boolean parsedByTheContainer(HttpServletRequest request) {
		var type = request.getContentType();
		if (type == null) {
			return false;
		}
		var lower = type.toLowerCase(Locale.ROOT);
		return lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || lower.startsWith("multipart/");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, RequestBodyKind kind, Refusal refusal,
			long shownLimit) throws IOException {
		log.info("Refused a {} request {} {}: {}", kind.tag(), request.getMethod(), request.getRequestURI(),
				refusal.name().toLowerCase(Locale.ROOT));
		meters
			.counter("pilotbridge.request.body.refused", "kind", kind.tag(), "reason",
					refusal.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.increment();
		var locale = LanguageCookie.resolve(request).locale();
		var size = FileSizes.describe(shownLimit, (key, arguments) -> messages.getMessage(key, arguments, locale));
		var title = messages.getMessage(refusal.messageKey + ".title", null, locale);
		var detail = messages.getMessage(refusal.messageKey + ".detail",
				new Object[] { size, BUSY_RETRY_AFTER_SECONDS }, locale);
		response.setStatus(refusal.status);
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		if (refusal == Refusal.BUSY) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(BUSY_RETRY_AFTER_SECONDS));
		}
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		byte[] body;
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			body = """
					<!DOCTYPE html>
					<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
					<body><main><h1>%s</h1><p>%s</p></main></body></html>
					"""
				.formatted(locale.getLanguage(), HtmlUtils.htmlEscape(title, "UTF-8"),
						HtmlUtils.htmlEscape(title, "UTF-8"), HtmlUtils.htmlEscape(detail, "UTF-8"))
				.getBytes(StandardCharsets.UTF_8);
		}
		else {
			var problem = new LinkedHashMap<String, Object>();
			problem.put("type", "about:blank");
			problem.put("title", title);
			problem.put("status", refusal.status);
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			body = json.writeValueAsBytes(problem);
		}
		// Sent whole at once, with its length: the container closes the connection right
		// after, without reading the rest of the body.
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	/**
	 * The body of one request, read through a count shared by its stream and its reader:
	 * at most one byte past the limit is ever asked of the container, and the read that
	 * passes it fails. The container's stream is taken only when the application first
	 * reads, since a container that has handed out the stream no longer parses a form
	 * body into parameters.
	 */
	static final class CountedBody extends ServletInputStream {

		private final HttpServletRequest request;

		private final long limit;

		private final Counter counter;

		private final Runnable whenPassed;

		private @Nullable ServletInputStream container;

		private @Nullable ByteArrayInputStream replay;

		private long read;

		private volatile boolean passedLimit;

		CountedBody(HttpServletRequest request, long limit, Counter counter, Runnable whenPassed) {
			this.request = request;
			this.limit = limit;
			this.counter = counter;
			this.whenPassed = whenPassed;
		}

		private ServletInputStream body() throws IOException {
			if (container == null) {
				container = request.getInputStream();
			}
			return container;
		}

		boolean passedLimit() {
			return passedLimit;
		}

		/** Reads no more: what reads it found it over a tighter limit of its own. */
		void giveUp() {
			passedLimit = true;
		}

		/**
		 * Reads the whole body into memory, through the count, to give it from there;
		 * whether it ended within the limit (and could be read).
		 */
		boolean readAhead() {
			var kept = new ByteArrayOutputStream();
			var buffer = new byte[8192];
			try {
				for (var count = read(buffer, 0, buffer.length); count >= 0; count = read(buffer, 0, buffer.length)) {
					kept.write(buffer, 0, count);
				}
			}
			catch (IOException tooLargeOrBroken) {
				return false;
			}
			replay = new ByteArrayInputStream(kept.toByteArray());
			return true;
		}

		/**
		 * Reads the whole body and drops it; whether it ended within the limit (and could
		 * be read).
		 */
		boolean drainedWithinLimit() {
			var buffer = new byte[8192];
			try {
				while (read(buffer, 0, buffer.length) >= 0) {
					// dropped
				}
				return true;
			}
			catch (IOException tooLargeOrBroken) {
				return false;
			}
		}

		@Override
		public int read() throws IOException {
			var one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (passedLimit) {
				throw new RequestBodyTooLarge(limit);
			}
			if (length == 0) {
				return 0;
			}
			if (replay != null) {
				return replay.read(buffer, offset, length);
			}
			var count = body().read(buffer, offset, (int) Math.min(length, limit + 1 - read));
			if (count > 0) {
				read += count;
				counter.increment(count);
				if (read > limit) {
					passedLimit = true;
					whenPassed.run();
					throw new RequestBodyTooLarge(limit);
				}
			}
			return count;
		}

		@Override
		public int available() throws IOException {
			if (replay != null) {
				return replay.available();
			}
			return passedLimit ? 0 : (int) Math.min(body().available(), limit + 1 - read);
		}

		@Override
		public boolean isFinished() {
			if (replay != null) {
				return replay.available() == 0;
			}
			try {
				return passedLimit || body().isFinished();
			}
			catch (IOException unreadable) {
				return true;
			}
		}

		@Override
		public boolean isReady() {
			if (replay != null) {
				return true;
			}
			try {
				return body().isReady();
			}
			catch (IOException unreadable) {
				return true;
			}
		}

		@Override
		public void setReadListener(ReadListener listener) {
			try {
				body().setReadListener(listener);
			}
			catch (IOException unreadable) {
				throw new IllegalStateException("The request body cannot be read", unreadable);
			}
		}

	}

	/** The request as the application sees it: its body comes through the count only. */
	private static final class CountedRequest extends HttpServletRequestWrapper {

		private final CountedBody body;

		private @Nullable BufferedReader reader;

		CountedRequest(HttpServletRequest request, CountedBody body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return body;
		}

		@Override
		public BufferedReader getReader() {
			if (reader == null) {
				reader = new BufferedReader(new InputStreamReader(body, charset()));
			}
			return reader;
		}

		private Charset charset() {
			var encoding = getCharacterEncoding();
			if (encoding == null) {
				return StandardCharsets.UTF_8;
			}
			try {
				return Charset.forName(encoding);
			}
			catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
				return StandardCharsets.UTF_8;
			}
		}

	}

	/**
	 * The response as the application sees it: once the body has passed the limit,
	 * whatever the application still answers (an error, a success of the part it read) is
	 * dropped, so that the filter answers {@code 413} instead.
	 */
	private static final class MutedWhenTooLarge extends HttpServletResponseWrapper {

		private final CountedBody body;

		private @Nullable ServletOutputStream stream;

		private @Nullable PrintWriter writer;

		private @Nullable ServletOutputStream mutedStream;

		private @Nullable PrintWriter mutedWriter;

		MutedWhenTooLarge(HttpServletResponse response, CountedBody body) {
			super(response);
			this.body = body;
		}

		private boolean muted() {
			return body.passedLimit();
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (!muted()) {
				if (stream == null) {
					stream = new MutingOutputStream(super.getOutputStream());
				}
				return stream;
			}
			if (mutedStream == null) {
				mutedStream = new MutingOutputStream(null);
			}
			return mutedStream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (!muted()) {
				if (writer == null) {
					writer = new PrintWriter(new MutingWriter(super.getWriter()), false);
				}
				return writer;
			}
			if (mutedWriter == null) {
				mutedWriter = new PrintWriter(Writer.nullWriter());
			}
			return mutedWriter;
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			if (!muted()) {
				super.sendError(status, message);
			}
		}

		@Override
		public void sendError(int status) throws IOException {
			if (!muted()) {
				super.sendError(status);
			}
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			if (!muted()) {
				super.sendRedirect(location);
			}
		}

		@Override
		public void setStatus(int status) {
			if (!muted()) {
				super.setStatus(status);
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (!muted()) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!muted()) {
				super.addHeader(name, value);
			}
		}

		@Override
		public void setContentType(String type) {
			if (!muted()) {
				super.setContentType(type);
			}
		}

		@Override
		public void setContentLength(int length) {
			if (!muted()) {
				super.setContentLength(length);
			}
		}

		@Override
		public void setContentLengthLong(long length) {
			if (!muted()) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public void flushBuffer() throws IOException {
			if (!muted()) {
				super.flushBuffer();
			}
		}

		/** Writes through until the body passes the limit, then drops what comes. */
		private final class MutingOutputStream extends ServletOutputStream {

			private final @Nullable ServletOutputStream out;

			MutingOutputStream(@Nullable ServletOutputStream out) {
				this.out = out;
			}

			@Override
			public void write(int b) throws IOException {
				if (out != null && !muted()) {
					out.write(b);
				}
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				if (out != null && !muted()) {
					out.write(bytes, offset, length);
				}
			}

			@Override
			public void flush() throws IOException {
				if (out != null && !muted()) {
					out.flush();
				}
			}

			@Override
			public void close() throws IOException {
				if (out != null && !muted()) {
					out.close();
				}
			}

			@Override
			public boolean isReady() {
				return out == null || out.isReady();
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				if (out != null) {
					out.setWriteListener(listener);
				}
			}

		}

		/** Writes through until the body passes the limit, then drops what comes. */
		private final class MutingWriter extends Writer {

			private final Writer out;

			MutingWriter(Writer out) {
				this.out = out;
			}

			@Override
			public void write(char[] characters, int offset, int length) throws IOException {
				if (!muted()) {
					out.write(characters, offset, length);
				}
			}

			@Override
			public void flush() throws IOException {
				if (!muted()) {
					out.flush();
				}
			}

			@Override
			public void close() throws IOException {
				if (!muted()) {
					out.close();
				}
			}

		}

	}

}
