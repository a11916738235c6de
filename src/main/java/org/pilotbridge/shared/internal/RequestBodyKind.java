package org.pilotbridge.shared.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of request whose bodies have a limit of their own, told apart by the decoded,
 * normalised path the container serves and by Vaadin's {@code v-r} query parameter (read
 * from the query string itself, never through {@code getParameter}, which would read a
 * form body).
 */
enum RequestBodyKind {

	/**
	 * A file sent to a Vaadin upload: {@code ?v-r=upload}, or one of Vaadin 25's dynamic
	 * resource addresses {@code /VAADIN/dynamic/resource/<ui>/<key>/<name>} (downloads
	 * there have no body).
	 */
	UPLOAD,

	/**
	 * Any other request of Vaadin's own protocol ({@code ?v-r=uidl}, heartbeat, the first
	 * request).
	 */
	UI,

	/**
	 * The public data ({@code /api/}, {@code /feeds/}, the sitemap, robots.txt):
	 * read-only, no body.
	 */
	DATA,

	/**
	 * Every other address: forms of the account pages, sign-in and sign-out, the
	 * provider, pages.
	 */
	FORM;

	/** What a multipart upload may carry beyond the file: boundaries and part headers. */
	static final int UPLOAD_ENVELOPE = 64 * 1024;

	private static final String DYNAMIC_RESOURCES = "/VAADIN/dynamic/resource/";

	static RequestBodyKind of(HttpServletRequest request) {
		var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		if (path.startsWith(DYNAMIC_RESOURCES)) {
			return UPLOAD;
		}
		var vaadinRequest = queryParameter(request.getQueryString(), "v-r");
		if (vaadinRequest != null) {
			return "upload".equals(vaadinRequest.toLowerCase(Locale.ROOT)) ? UPLOAD : UI;
		}
		if (path.startsWith("/api/") || path.startsWith("/feeds/") || path.equals("/sitemap.xml")
				|| path.equals("/robots.txt")) {
			return DATA;
		}
		return FORM;
	}

	/**
	 * The first value of the parameter in the query string, decoded; null when it is
	 * absent.
	 */
	static @Nullable String queryParameter(@Nullable String query, String name) {
		if (query == null) {
			return null;
		}
		for (var pair : query.split("&")) {
			var equals = pair.indexOf('=');
			var key = decode(equals < 0 ? pair : pair.substring(0, equals));
			if (name.equals(key)) {
				return equals < 0 ? "" : decode(pair.substring(equals + 1));
			}
		}
		return null;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return text;
		}
	}

	/** The name in metrics and logs. */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
