package org.pilotbridge.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The addresses of the public site carry their language: English at the root
 * ({@code /challenges}), the other languages under their code ({@code /fr/challenges},
 * {@code /nl/challenges}, {@code /de/challenges}). The address alone decides the language
 * of a public page, so that every page has one address per language for links, search
 * engines and shared caches.
 *
 * @see "docs/decisions/DD021-20261207-public-site.md"
 */
public final class PublicPaths {

	/**
	 * The language prefix in a Spring MVC mapping, such as {@code @GetMapping({
	 * "/challenges", PublicPaths.IN_LANGUAGE + "/challenges" })}; English has none.
	 */
	public static final String IN_LANGUAGE = "/{language:fr|nl|de}";

	/** The language the site speaks at its root. */
	public static final Language DEFAULT_LANGUAGE = Language.ENGLISH;

	private PublicPaths() {
	}

	/**
	 * The address of a public page in a language: {@code of(FRENCH, "/challenges")} is
	 * {@code /fr/challenges}, {@code of(FRENCH, "/")} is {@code /fr}; English keeps the
	 * path as it is.
	 */
	public static String of(Language language, String path) {
		var absolute = path.startsWith("/") ? path : "/" + path;
		if (language == DEFAULT_LANGUAGE) {
			return absolute;
		}
		return "/" + language.code() + ("/".equals(absolute) ? "" : absolute);
	}

	/** The language of an address: the one its first segment names, English otherwise. */
	public static Language languageOf(String path) {
		return prefix(path).orElse(DEFAULT_LANGUAGE);
	}

	/**
	 * The address without its language prefix: {@code /fr/challenges} gives
	 * {@code /challenges}.
	 */
	public static String withoutLanguage(String path) {
		var absolute = path.startsWith("/") ? path : "/" + path;
		return prefix(absolute).map(language -> {
			var rest = absolute.substring(language.code().length() + 1);
			return rest.isEmpty() ? "/" : rest;
		}).orElse(absolute);
	}

	private static Optional<Language> prefix(String path) {
		var absolute = path.startsWith("/") ? path.substring(1) : path;
		var end = absolute.indexOf('/');
		var first = end < 0 ? absolute : absolute.substring(0, end);
		return Arrays.stream(Language.values())
			.filter(language -> language != DEFAULT_LANGUAGE && language.code().equals(first))
			.findFirst();
	}

}
