package org.pilotbridge.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;

import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.LanguageCookie;

/**
 * The visitor's language in Vaadin requests; see {@link LanguageCookie}.
 */
public final class LanguagePreference {

	private LanguagePreference() {
	}

	public static Language of(VaadinRequest request) {
		return LanguageCookie.resolve(request.getCookies(), request.getHeader("Accept-Language"));
	}

	/** Remembers the visitor's choice for a year. */
	public static void remember(Language language, VaadinResponse response, VaadinRequest request) {
		response.addCookie(LanguageCookie.of(language, request.isSecure()));
	}

}
