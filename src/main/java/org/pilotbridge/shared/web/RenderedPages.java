package org.pilotbridge.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public pages rendered for visitors in memory, so that the next visitor asking
 * for the same address gets the same bytes without the page being rendered again: only a
 * page a shared cache may keep ({@code Cache-Control: public} with a {@code max-age}),
 * for no longer than that and than the pages' data
 * ({@code pilotbridge.public-site.data-ttl}), so never past the page's next change (a
 * deadline). A signed-in person (anyone with a session) always gets the page rendered for
 * them. The modules forget every kept page, by clearing the {@value #CACHE} cache, when
 * they forget the data of their pages, so that a change is seen at once on the node that
 * made it.
 * <p>
 * A kept page is rendered again by one visitor at a time: while it is, the others get the
 * page as kept, as long as caches may still keep it ({@code max-age}, never past its next
 * change). Pages are kept for a time drawn between half and all of what they may be, so
 * that pages kept at the same moment (after a start, or after the modules forgot them
 * all) are not all rendered again at the same moment: a burst of renders would keep every
 * other visitor waiting.
 * <p>
 * It runs after the security filters, which write their headers on every answer, and
 * inside the filter that gives pages their {@code ETag}: a kept page carries its own,
 * computed once, and answers a matching {@code If-None-Match} with {@code 304} itself, so
 * that the filter reads it again for no one.
 */
public final class RenderedPages extends OncePerRequestFilter {

	/** The cache of rendered pages, bounded by bytes; clear it to forget them all. */
	public static final String CACHE = "shared.rendered-pages";

	private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

	private final PublicSiteRequests requests;

	private final CacheManager caches;

	private final Clock clock;

	private final Duration dataTtl;

	/** The addresses of the kept pages being rendered again right now. */
	private final ConcurrentHashMap.KeySetView<String, Boolean> rendering = ConcurrentHashMap.newKeySet();

	RenderedPages(PublicSiteRequests requests, CacheManager caches, Clock clock, Duration dataTtl) {
		this.requests = requests;
		this.caches = caches;
		this.clock = clock;
		this.dataTtl = dataTtl;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getSession(false) != null || !requests.isPage(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var cache = caches.getCache(CACHE);
		if (cache == null) {
			chain.doFilter(request, response);
			return;
		}
		var key = request.getRequestURI() + "?" + request.getQueryString();
		var now = clock.instant();
		var kept = cache.get(key, Page.class);
		if (kept == null) {
			render(cache, key, request, response, chain, now);
			return;
		}
		if (now.isBefore(kept.expiresAt())) {
			kept.writeTo(request, response, now);
			return;
		}
		if (!rendering.add(key)) {
			// Another visitor is rendering it again: this one gets it as kept, while
			// caches may keep it.
			if (now.isBefore(kept.staleAt())) {
				kept.writeTo(request, response, now);
			}
			else {
				render(cache, key, request, response, chain, now);
			}
			return;
		}
		try {
			render(cache, key, request, response, chain, now);
		}
		finally {
			rendering.remove(key);
		}
	}

	private void render(Cache cache, String key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain, Instant now) throws ServletException, IOException {
		var rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		keep(cache, key, request, rendered, now);
		rendered.copyBodyToResponse();
	}

	private void keep(Cache cache, String key, HttpServletRequest request, ContentCachingResponseWrapper rendered,
			Instant now) {
		var cacheControl = rendered.getHeader(HttpHeaders.CACHE_CONTROL);
		if (rendered.getStatus() != HttpServletResponse.SC_OK || cacheControl == null
				|| !cacheControl.startsWith("public") || rendered.getHeader(HttpHeaders.SET_COOKIE) != null
				|| request.getSession(false) != null) {
			return;
		}
		var maxAge = MAX_AGE.matcher(cacheControl);
		if (!maxAge.find()) {
			return;
		}
		var sharedFor = Duration.ofSeconds(Long.parseLong(maxAge.group(1)));
		var mayKeepFor = sharedFor.compareTo(dataTtl) > 0 ? dataTtl : sharedFor;
		var keepFor = Duration
			.ofMillis(ThreadLocalRandom.current().nextLong(mayKeepFor.toMillis() / 2, mayKeepFor.toMillis() + 1));
		if (keepFor.isPositive()) {
			var body = rendered.getContentAsByteArray();
			cache.put(key,
					new Page(body, eTagOf(body), rendered.getContentType(),
							rendered.getHeader(HttpHeaders.CONTENT_LANGUAGE), cacheControl, now.plus(sharedFor),
							now.plus(keepFor)));
		}
	}

	/**
	 * The strong entity tag of a page's bytes, as the {@code ETag} filter computes it for
	 * a page rendered afresh, so that a client's {@code If-None-Match} matches whichever
	 * answered it.
	 */
	static String eTagOf(byte[] body) {
		return "\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
	}

	/**
	 * A page as rendered: its bytes, their entity tag (computed once, when the page is
	 * kept) and the headers that describe them.
	 */
	record Page(byte[] body, String eTag, @Nullable String contentType, @Nullable String contentLanguage,
			String cacheControl, Instant staleAt, Instant expiresAt) {

		/**
		 * Writes the page, telling caches how long they may still keep it, as when it was
		 * rendered; to a client that has these bytes already ({@code If-None-Match}),
		 * only {@code 304} and the headers.
		 */
		void writeTo(HttpServletRequest request, HttpServletResponse response, Instant now) throws IOException {
			var left = Math.max(0, Duration.between(now, staleAt).toSeconds());
			response.setHeader(HttpHeaders.CACHE_CONTROL,
					MAX_AGE.matcher(cacheControl).replaceFirst("max-age=" + left));
			if (contentLanguage != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
			}
			if (new ServletWebRequest(request, response).checkNotModified(eTag)) {
				return;
			}
			response.setStatus(HttpServletResponse.SC_OK);
			if (contentType != null) {
				response.setContentType(contentType);
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

		int weight() {
			return body.length + 320;
		}

	}

}
