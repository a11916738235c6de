package org.pilotbridge.opendata;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import org.pilotbridge.shared.LanguageCookie;

/**
 * In front of every public data address, before security: refuses a client over its fair
 * share with {@code 429 Too Many Requests}, {@code Retry-After} and a problem
 * description, and lets clients and proxies cache what they get
 * ({@code Cache-Control: public, max-age=…}). Set before Spring Security writes its
 * headers, so that it does not add {@code no-cache} ones.
 */
class PublicDataFilter extends OncePerRequestFilter {

	private final ClientRateLimit limit;

	private final String cacheControl;

	private final MessageSource messages;

	private final JsonMapper json;

	PublicDataFilter(ClientRateLimit limit, OpenDataProperties properties, MessageSource messages, JsonMapper json) {
		this.limit = limit;
		this.cacheControl = "public, max-age=" + properties.cacheMaxAge().toSeconds();
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var method = request.getMethod();
		if (limit.enabled() && !"OPTIONS".equals(method)) {
			var probe = limit.tryConsume(request.getRemoteAddr());
			response.setHeader("X-RateLimit-Limit", String.valueOf(limit.requests()));
			response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
			if (!probe.isConsumed()) {
				var wait = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
				tooManyRequests(request, response, wait);
				return;
			}
		}
		if ("GET".equals(method) || "HEAD".equals(method)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		}
		chain.doFilter(request, response);
	}

	private void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long waitSeconds)
			throws IOException {
		var locale = LanguageCookie.resolve(request).locale();
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage("opendata.problem.too-many-requests.title", null, locale));
		problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
		problem.put("detail", messages.getMessage("opendata.problem.too-many-requests.detail",
				new Object[] { limit.requests(), limit.periodSeconds(), waitSeconds }, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(waitSeconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
