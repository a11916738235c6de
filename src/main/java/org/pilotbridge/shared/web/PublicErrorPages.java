package org.pilotbridge.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import org.pilotbridge.shared.DatabaseOutage;

/**
 * The error pages of every server-rendered address, in the language of the address that
 * failed, in the site's layout: not found (also for any address nobody serves), not
 * allowed, briefly unavailable (the database cannot be reached: 503), and unexpected
 * errors with an incident reference that is logged, never a stack trace. Spring Boot's
 * error controller asks for them.
 */
@Component
class PublicErrorPages implements ErrorViewResolver {

	private static final Logger log = LoggerFactory.getLogger(PublicErrorPages.class);

	private final PublicPages pages;

	private final ErrorAttributes errors;

	PublicErrorPages(PublicPages pages, ErrorAttributes errors) {
		this.pages = pages;
		this.errors = errors;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		var page = pages.open(request).notIndexed();
		var failure = errors.getError(new ServletWebRequest(request));
		var address = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		Kind kind;
		var shown = status;
		if (status == HttpStatus.SERVICE_UNAVAILABLE || failure != null && DatabaseOutage.isCauseOf(failure)) {
			log.warn("The database could not be reached serving {}: {}", address, failure);
			kind = Kind.UNAVAILABLE;
			shown = HttpStatus.SERVICE_UNAVAILABLE;
		}
		else if (status == HttpStatus.FORBIDDEN) {
			kind = Kind.FORBIDDEN;
		}
		else if (status.is4xxClientError()) {
			kind = Kind.NOT_FOUND;
		}
		else {
			kind = Kind.ERROR;
		}
		var incident = kind == Kind.ERROR ? incident() : "";
		if (kind == Kind.ERROR) {
			log.error("Unexpected error serving {}, incident {}", address, incident, failure);
		}
		page.title(kind.title(page));
		var response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
		if (response != null) {
			pages.writeHeaders(page, response);
			if (kind != Kind.NOT_FOUND) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			if (kind == Kind.UNAVAILABLE) {
				response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			}
		}
		var view = new ModelAndView("public/error", Map.of("page", page, "kind", kind.name(), "incident", incident),
				shown);
		return view;
	}

	private static String incident() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	enum Kind {

		NOT_FOUND("not-found.heading"), FORBIDDEN("error.forbidden.heading"), UNAVAILABLE("error.unavailable.heading"),
		ERROR("error.heading");

		private final String titleKey;

		Kind(String titleKey) {
			this.titleKey = titleKey;
		}

		String title(PublicPage page) {
			return page.message(titleKey);
		}

	}

}
