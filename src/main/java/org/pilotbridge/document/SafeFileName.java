package org.pilotbridge.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file name safe to send in a {@code Content-Disposition} header and to save on any
 * system: ASCII letters, digits, dots, dashes and underscores only, at most
 * {@value #MAX_LENGTH} characters, never empty, with the extension of the original kept.
 * Accented letters lose their accents ({@code é} becomes {@code e}); any other run of
 * characters becomes one dash.
 */
public record SafeFileName(String value) {

	public static final int MAX_LENGTH = 100;

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final Pattern EXTENSION = Pattern.compile("(.+)\\.([A-Za-z0-9]{1,10})");

	private static final Pattern UNSAFE_RUN = Pattern.compile("[^A-Za-z0-9._-]+");

	/** Names that Windows reserves for devices, whatever their extension. */
	private static final Pattern DEVICE = Pattern.compile("(?i)con|prn|aux|nul|com\\d|lpt\\d");

	private static final String FALLBACK = "file";

	public SafeFileName {
		if (value.length() > MAX_LENGTH || !SAFE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a safe file name: " + value);
		}
	}

	public static SafeFileName of(String original) {
		var name = ascii(original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1));
		var extension = "";
		var parts = EXTENSION.matcher(name);
		if (parts.matches()) {
			name = parts.group(1);
			extension = "." + parts.group(2).toLowerCase(Locale.ROOT);
		}
		var stem = trim(UNSAFE_RUN.matcher(name).replaceAll("-").replaceAll("-{2,}", "-").replaceAll("\\.{2,}", "."));
		if (stem.isEmpty() || DEVICE.matcher(stem).matches()) {
			stem = stem.isEmpty() ? FALLBACK : stem + "-" + FALLBACK;
		}
		stem = trim(stem.substring(0, Math.min(stem.length(), MAX_LENGTH - extension.length())));
		return new SafeFileName(stem + extension);
	}

	/** A safe name that ends in {@code .pdf}, whatever the original ended in. */
	public static SafeFileName ofPdf(String original) {
		var name = of(original).value();
		if (name.endsWith(".pdf")) {
			return new SafeFileName(name);
		}
		var stem = name.substring(0, Math.min(name.length(), MAX_LENGTH - ".pdf".length()));
		return new SafeFileName(trim(stem) + ".pdf");
	}

	private static String ascii(String text) {
		var withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return withoutAccents.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("Æ", "AE")
			.replace("œ", "oe")
			.replace("Œ", "OE")
			.replace("ø", "o")
			.replace("Ø", "O")
			.replace("ł", "l")
			.replace("Ł", "L")
			.replace("đ", "d")
			.replace("Đ", "D");
	}

	/**
	 * Without leading or trailing dots, dashes and underscores, which hide files or look
	 * like options.
	 */
	private static String trim(String stem) {
		return stem.replaceAll("^[._-]+|[._-]+$", "");
	}

	@Override
	public String toString() {
		return value;
	}

}
