package org.pilotbridge.shared.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.LanguageCookie;

/**
 * Keeps the sessions of a node bounded, so that a flood of visitors (or a crawler that
 * runs no script and never comes back) cannot fill the memory with Vaadin sessions.
 * <ul>
 * <li>A session whose visitor has not signed in lives
 * {@code pilotbridge.web.anonymous-session-timeout} (minutes) without a request; once its
 * visitor is signed in, or once they have started signing in (the OpenID Connect round
 * trip and the built-in provider's account pages, so that a slow typist keeps the sign-in
 * they started), it lives {@code server.servlet.session.timeout}.</li>
 * <li>Live sessions are counted (as a session listener); once
 * {@code pilotbridge.web.max-sessions} live, a request that would create a new session is
 * answered {@code 503 Service Unavailable} with {@code Retry-After} and a short page in
 * the visitor's language, and creates nothing. Requests of existing sessions, and
 * requests that need no session (the API, feeds, preview pictures, public pages served
 * without a session), go on as usual.</li>
 * </ul>
 * The check is made when a session is about to be created, whatever asks for it, so no
 * list of addresses has to be kept in step with the application. Two visitors arriving at
 * the same moment may both pass, so the cap can be exceeded by the number of requests
 * served at once.
 *
 * @see "Design decision: docs/decisions/DD025-20261207-preview-cards-api-caches-session-cap.md"
 */
class SessionLimit extends OncePerRequestFilter implements HttpSessionListener {

	/**
	 * What a session may cost, to derive a cap from the heap: a visitor who left the
	 * challenge list.
	 */
	static final long BYTES_PER_SESSION = 256 * 1024;

	private static final Logger log = LoggerFactory.getLogger(SessionLimit.class);

	private static final String SIGNING_IN = SessionLimit.class.getName() + ".signing-in";

	private final AtomicInteger live = new AtomicInteger();

	private final int maxSessions;

	private final int anonymousSeconds;

	private final int signedInSeconds;

	private final long retryAfterSeconds;

	private final MessageSource messages;

	SessionLimit(SessionSettings settings, Duration signedInTimeout, MessageSource messages) {
		this.maxSessions = settings.maxSessions() > 0 ? settings.maxSessions()
				: (int) Math.max(100, Runtime.getRuntime().maxMemory() / 2 / BYTES_PER_SESSION);
		this.anonymousSeconds = (int) Math.max(1, settings.anonymousSessionTimeout().toSeconds());
		this.signedInSeconds = (int) Math.max(1, signedInTimeout.toSeconds());
		this.retryAfterSeconds = Math.max(1, settings.busyRetryAfter().toSeconds());
		this.messages = messages;
		log.info("At most {} sessions on this node; visitors who have not signed in keep theirs {} s", maxSessions,
				anonymousSeconds);
	}

	int maxSessions() {
		return maxSessions;
	}

	int live() {
		return live.get();
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		live.incrementAndGet();
		event.getSession().setMaxInactiveInterval(anonymousSeconds);
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		live.decrementAndGet();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(new Guarded(request), response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!isCapReached(failure) || response.isCommitted()) {
				throw failure;
			}
			busy(request, response);
		}
		finally {
			keepForAsLongAsNeeded(request);
		}
	}

	/**
	 * A signed-in session, or one signing in, keeps the long timeout; any other the short
	 * one.
	 */
	private void keepForAsLongAsNeeded(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session == null) {
			return;
		}
		try {
			var signingIn = isSigningIn(request);
			if (signingIn) {
				session.setAttribute(SIGNING_IN, Boolean.TRUE);
			}
			var wanted = signingIn || isSignedIn(session) || session.getAttribute(SIGNING_IN) != null ? signedInSeconds
					: anonymousSeconds;
			if (session.getMaxInactiveInterval() != wanted) {
				session.setMaxInactiveInterval(wanted);
			}
		}
		catch (IllegalStateException invalidated) {
			// signed out during the request: nothing to keep
		}
	}

	private static boolean isSigningIn(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/account/") || path.startsWith("/oauth2/") || path.startsWith("/login/oauth2/");
	}

	private static boolean isSignedIn(HttpSession session) {
		return session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null && context.getAuthentication().isAuthenticated()
				&& !(context.getAuthentication() instanceof AnonymousAuthenticationToken);
	}

	private static boolean isCapReached(@Nullable Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CapReached) {
				return true;
			}
		}
		return false;
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.warn("Refused a new session: {} live of at most {}", live.get(), maxSessions);
		var locale = language(request).locale();
		var title = messages.getMessage("shared.busy.title", null, locale);
		var text = messages.getMessage("shared.busy.text", null, locale);
		var retry = messages.getMessage("shared.busy.retry", null, locale);
		var html = """
				<!DOCTYPE html>
				<html lang="%s">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · Pilotbridge</title>
				<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#263445}h1{color:#1a4d8f}a{color:#1a4d8f}</style>
				</head>
				<body><main><h1>%s</h1><p>%s</p><p><a href="%s">%s</a></p></main></body>
				</html>
				"""
			.formatted(locale.getLanguage(), escape(title), escape(title), escape(text),
					escape(request.getRequestURI()), escape(retry));
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
		response.setContentType("text/html;charset=UTF-8");
		var bytes = html.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/**
	 * The language of the address ({@code /fr/…}), else the visitor's cookie or browser.
	 */
	private static Language language(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.length() >= 3 && path.charAt(0) == '/' && (path.length() == 3 || path.charAt(3) == '/')) {
			var prefixed = Language.ofCode(path.substring(1, 3).toLowerCase(Locale.ROOT));
			if (prefixed.isPresent()) {
				return prefixed.get();
			}
		}
		return LanguageCookie.resolve(request);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	/**
	 * The request, refusing to create a session once the node holds as many as it may.
	 */
	private final class Guarded extends HttpServletRequestWrapper {

		Guarded(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public @Nullable HttpSession getSession(boolean create) {
			var existing = super.getSession(false);
			if (existing != null || !create) {
				return existing;
			}
			if (live.get() >= maxSessions) {
				throw new CapReached();
			}
			return super.getSession(true);
		}

	}

	/**
	 * Thrown where a session would be created beyond the cap; turned into the busy page.
	 */
	static final class CapReached extends RuntimeException {

		CapReached() {
			super("Too many sessions on this node", null, false, false);
		}

	}

}
