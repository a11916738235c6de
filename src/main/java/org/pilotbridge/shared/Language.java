package org.pilotbridge.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages in which every screen, e-mail and document exists. Each one's locale
 * formats dates and numbers as its readers in Europe write them: English is British
 * English ({@code en-GB}), so dates read day-month-year ("7 December 2026", "07/12/2026")
 * and never in the US order, with a point for decimals.
 *
 * @see "Design decision: docs/decisions/DD033-20261207-day-first-english-dates.md"
 */
public enum Language {

	ENGLISH(Locale.UK, "English"), FRENCH(Locale.FRENCH, "Français"), DUTCH(Locale.of("nl"), "Nederlands"),
	GERMAN(Locale.GERMAN, "Deutsch");

	private final Locale locale;

	private final String nativeName;

	Language(Locale locale, String nativeName) {
		this.locale = locale;
		this.nativeName = nativeName;
	}

	public Locale locale() {
		return locale;
	}

	/** The language's name in itself, as shown in a language switcher. */
	public String nativeName() {
		return nativeName;
	}

	public String code() {
		return locale.getLanguage();
	}

	public static List<Locale> locales() {
		return Arrays.stream(values()).map(Language::locale).toList();
	}

	public static Optional<Language> ofCode(String code) {
		return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code.trim())).findFirst();
	}

	public static Language of(Locale locale) {
		return ofCode(locale.getLanguage()).orElse(ENGLISH);
	}

	/**
	 * The best supported language for an {@code Accept-Language} header, English when
	 * none matches.
	 */
	public static Language fromAcceptLanguage(String header) {
		try {
			var ranges = Locale.LanguageRange.parse(header);
			var match = Locale.lookup(ranges, Arrays.stream(values()).map(l -> Locale.of(l.code())).toList());
			return match == null ? ENGLISH : of(match);
		}
		catch (IllegalArgumentException malformed) {
			return ENGLISH;
		}
	}

}
