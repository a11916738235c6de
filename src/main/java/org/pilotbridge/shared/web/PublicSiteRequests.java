package org.pilotbridge.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

import org.pilotbridge.shared.PublicPaths;

/**
 * Tells the requests of the public site from those of the workspace, by who serves them,
 * as Spring MVC would: the handler the dispatcher finds for the request's decoded,
 * normalised path. Public are the pages of a {@link PublicController}, the open data
 * (API, feeds, sitemap, link-preview cards), static files, the error page, and every
 * address nobody serves (it gets the not-found page). Every request that changes
 * something, the sign-in endpoints, Vaadin's protocol and views, and every other
 * controller belong to the workspace, which keeps its session-based security: a new
 * controller is part of the workspace until it is declared public.
 *
 * @see "docs/decisions/DD021-20261207-public-site.md"
 */
@Component
public class PublicSiteRequests implements RequestMatcher {

	private static final String KIND_ATTRIBUTE = PublicSiteRequests.class.getName() + ".kind";

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher ERROR = PATHS.matcher("/error");

	/**
	 * Served by Spring Security's filters, not by a handler, in the workspace's chain.
	 */
	private static final RequestMatcher SIGN_IN = new OrRequestMatcher(PATHS.matcher("/oauth2/**"),
			PATHS.matcher("/login/**"), PATHS.matcher("/logout"), PATHS.matcher("/account/**"));

	private static final RequestMatcher DATA = new OrRequestMatcher(PATHS.matcher("/api/**"),
			PATHS.matcher("/feeds/**"), PATHS.matcher("/sitemap.xml"), PATHS.matcher("/robots.txt"),
			PATHS.matcher("/cards/**"), PATHS.matcher(PublicPaths.IN_LANGUAGE + "/cards/**"));

	private final HandlerMappingIntrospector introspector;

	PublicSiteRequests(HandlerMappingIntrospector introspector) {
		this.introspector = introspector;
	}

	/**
	 * Whether the request belongs to the public site, served without creating a session.
	 */
	@Override
	public boolean matches(HttpServletRequest request) {
		return kind(request) != Kind.WORKSPACE;
	}

	/** Whether the request is for a page of a {@link PublicController}. */
	public boolean isPage(HttpServletRequest request) {
		return kind(request) == Kind.PAGE;
	}

	Kind kind(HttpServletRequest request) {
		var key = request.getDispatcherType() + " " + request.getMethod() + " " + request.getRequestURI() + "?"
				+ request.getQueryString();
		if (request.getAttribute(KIND_ATTRIBUTE) instanceof Classified classified && classified.key().equals(key)) {
			return classified.kind();
		}
		var kind = classify(request);
		request.setAttribute(KIND_ATTRIBUTE, new Classified(key, kind));
		return kind;
	}

	private Kind classify(HttpServletRequest request) {
		if (ERROR.matches(request)) {
			return Kind.ERROR;
		}
		if (SIGN_IN.matches(request)) {
			return Kind.WORKSPACE;
		}
		var method = request.getMethod();
		var safe = "GET".equals(method) || "HEAD".equals(method);
		if (DATA.matches(request) && (safe || "OPTIONS".equals(method))) {
			return Kind.DATA;
		}
		return safe ? byHandler(request) : Kind.WORKSPACE;
	}

	/**
	 * Asks the dispatcher's handler mappings, in their order, without leaving a trace on
	 * the request.
	 */
	private Kind byHandler(HttpServletRequest request) {
		var probe = new IsolatedRequest(request);
		ServletRequestPathUtils.parseAndCache(probe);
		for (var mapping : introspector.getHandlerMappings()) {
			try {
				var chain = mapping.getHandler(probe);
				if (chain != null) {
					var handler = chain.getHandler();
					if (PublicSiteWeb.isPublic(handler)) {
						return Kind.PAGE;
					}
					return handler instanceof ResourceHttpRequestHandler ? Kind.FILE : Kind.WORKSPACE;
				}
			}
			catch (Exception refused) {
				// A method or media type the handler does not take: the workspace's chain
				// answers as before.
				return Kind.WORKSPACE;
			}
		}
		return Kind.FILE;
	}

	enum Kind {

		/** A page of a public controller. */
		PAGE,
		/** The open data and link-preview cards. */
		DATA,
		/** A static file, or an address nobody serves. */
		FILE,
		/** The error page. */
		ERROR,
		/**
		 * Everything else: Vaadin, the sign-in, the actions and the other controllers.
		 */
		WORKSPACE

	}

	private record Classified(String key, Kind kind) {
	}

	/**
	 * The request with attributes of its own, so that asking the handler mappings changes
	 * nothing.
	 */
	private static final class IsolatedRequest extends HttpServletRequestWrapper {

		private final Map<String, @Nullable Object> attributes = new HashMap<>();

		private final Set<String> removed = new HashSet<>();

		IsolatedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			if (attributes.containsKey(name)) {
				return attributes.get(name);
			}
			return removed.contains(name) ? null : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			removed.remove(name);
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.remove(name);
			removed.add(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			var names = new HashSet<String>(Collections.list(super.getAttributeNames()));
			names.removeAll(removed);
			names.addAll(attributes.keySet());
			return Collections.enumeration(names);
		}

	}

}
