package org.pilotbridge.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * The visitor's language, the same for Vaadin views and server-rendered pages: the one
 * they chose (kept in a cookie for a year), otherwise the best match of the browser's
 * {@code Accept-Language}, otherwise English.
 */
public final class LanguageCookie {

	public static final String NAME = "pilotbridge-language";

	private LanguageCookie() {
	}

	public static Language resolve(Cookie @Nullable [] cookies, @Nullable String acceptLanguage) {
		return chosen(cookies)
			.orElseGet(() -> acceptLanguage == null ? Language.ENGLISH : Language.fromAcceptLanguage(acceptLanguage));
	}

	public static Language resolve(HttpServletRequest request) {
		return resolve(request.getCookies(), request.getHeader("Accept-Language"));
	}

	public static Optional<Language> chosen(Cookie @Nullable [] cookies) {
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter(cookie -> NAME.equals(cookie.getName()))
			.findFirst()
			.flatMap(cookie -> Language.ofCode(cookie.getValue()));
	}

	public static Cookie of(Language language, boolean secure) {
		var cookie = new Cookie(NAME, language.code());
		cookie.setPath("/");
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setHttpOnly(true);
		cookie.setSecure(secure);
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}

	public static void remember(Language language, HttpServletRequest request, HttpServletResponse response) {
		response.addCookie(of(language, request.isSecure()));
	}

}
