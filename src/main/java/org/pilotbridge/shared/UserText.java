package org.pilotbridge.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text as people type or paste it, made fit to store and show: control characters other
 * than line breaks and tabs (NUL among them, which PostgreSQL cannot store, and which no
 * XML feed may carry), private-use characters (search highlights use them as marks) and
 * unpaired surrogates (half an emoji, which no UTF-8 column can hold) are dropped; white
 * space around is trimmed. Everything else, markup and emoji included, is kept as typed:
 * it is shown as text, never as HTML.
 */
public final class UserText {

	private static final Pattern UNSTORABLE = Pattern.compile(
			"[\\p{Cc}\\p{Co}&&[^\\n\\r\\t]]|[\\x{D800}-\\x{DBFF}](?![\\x{DC00}-\\x{DFFF}])|(?<![\\x{D800}-\\x{DBFF}])[\\x{DC00}-\\x{DFFF}]");

	private UserText() {
	}

	/** The text without what cannot be stored, trimmed; empty for {@code null}. */
	public static String clean(@Nullable String text) {
		return text == null ? "" : UNSTORABLE.matcher(text).replaceAll("").strip();
	}

}
