package org.pilotbridge.shared.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

import org.pilotbridge.shared.PublicLinks;
import org.pilotbridge.shared.PublicPaths;
import org.pilotbridge.shared.SiteProperties;

/**
 * Opens the {@link PublicPage} of a request, once, in the language of its address (for an
 * error page, the address that failed), and writes its caching headers.
 */
@Component
class PublicPages {

	private static final String PAGE_ATTRIBUTE = PublicPage.class.getName();

	private final PublicLinks links;

	private final SiteProperties site;

	private final PublicSiteProperties properties;

	private final ObjectProvider<PublicSection> sections;

	private final ObjectProvider<AccountArea> accounts;

	private final MessageSource messages;

	private final Clock clock;

	PublicPages(PublicLinks links, SiteProperties site, PublicSiteProperties properties,
			ObjectProvider<PublicSection> sections, ObjectProvider<AccountArea> accounts, MessageSource messages,
			Clock clock) {
		this.messages = messages;
		this.links = links;
		this.site = site;
		this.properties = properties;
		this.sections = sections;
		this.accounts = accounts;
		this.clock = clock;
	}

	PublicPage open(HttpServletRequest request) {
		if (request.getAttribute(PAGE_ATTRIBUTE) instanceof PublicPage page) {
			return page;
		}
		var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path;
		String query;
		if (failed instanceof String uri) {
			path = UrlPathHelper.defaultInstance.decodeRequestString(request,
					uri.substring(Math.min(uri.length(), request.getContextPath().length())));
			query = null;
		}
		else {
			path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
			query = request.getQueryString();
		}
		var language = PublicPaths.languageOf(path);
		var page = new PublicPage(language, PublicPaths.withoutLanguage(path), query, links,
				sections.orderedStream().toList(),
				() -> accounts.orderedStream().findFirst().flatMap(AccountArea::signedIn), site.contactEmail(),
				messages);
		request.setAttribute(PAGE_ATTRIBUTE, page);
		request.setAttribute(PublicPage.LANGUAGE_ATTRIBUTE, language);
		return page;
	}

	/** The page of a request, if one was opened. */
	static Optional<PublicPage> of(HttpServletRequest request) {
		return request.getAttribute(PAGE_ATTRIBUTE) instanceof PublicPage page ? Optional.of(page) : Optional.empty();
	}

	/** Writes what caches may do with the page, and its language. */
	void writeHeaders(PublicPage page, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				page.cacheControl(clock.instant(), properties.maxAge(), properties.staleWhileRevalidate()));
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.language().code());
	}

}
