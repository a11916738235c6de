package org.pilotbridge.shared.ui;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;

import org.pilotbridge.shared.Language;

/**
 * The visitor's language: the one they chose (kept in a cookie), otherwise the best match of the
 * browser's {@code Accept-Language}, otherwise English.
 */
public final class LanguagePreference {

	static final String COOKIE = "pilotbridge-language";

	private LanguagePreference() {
	}

	public static Language of(VaadinRequest request) {
		return chosen(request).orElseGet(() -> {
			var header = request.getHeader("Accept-Language");
			return header == null ? Language.ENGLISH : Language.fromAcceptLanguage(header);
		});
	}

	static Optional<Language> chosen(VaadinRequest request) {
		var cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter(cookie -> COOKIE.equals(cookie.getName()))
			.findFirst()
			.flatMap(cookie -> Language.ofCode(cookie.getValue()));
	}

	/** Remembers the visitor's choice for a year. */
	public static void remember(Language language, VaadinResponse response, VaadinRequest request) {
		var cookie = new Cookie(COOKIE, language.code());
		cookie.setPath("/");
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
