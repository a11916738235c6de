package org.pilotbridge.proposal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.pilotbridge.shared.Sha256;

/**
 * JSON in the JSON Canonicalization Scheme (RFC 8785) for the values a snapshot holds:
 * objects, arrays, strings, integers, booleans and null. Members are sorted by their
 * names' UTF-16 code units, nothing is indented, strings escape only what RFC 8785
 * escapes, and integers are written in plain decimal. The same value always gives the
 * same bytes, whatever library or version recomputes it, which is what a digest needs.
 *
 * @see "Design decision: docs/decisions/DD006-20261125-proposal-sealing-and-receipts.md"
 */
final class CanonicalJson {

	/**
	 * JavaScript numbers hold integers exactly up to 2^53 - 1; JCS writes numbers as
	 * JavaScript does.
	 */
	private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

	private CanonicalJson() {
	}

	static String write(@Nullable Object value) {
		var out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	/** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
	static String sha256(String text) {
		return Sha256.hex(text);
	}

	private static void write(@Nullable Object value, StringBuilder out) {
		switch (value) {
			case null -> out.append("null");
			case String text -> string(text, out);
			case Boolean bool -> out.append(bool);
			case Integer number -> out.append(number);
			case Long number -> {
				if (Math.abs(number) > MAX_SAFE_INTEGER) {
					throw new IllegalArgumentException("Not exactly representable in JSON: " + number);
				}
				out.append(number);
			}
			case Map<?, ?> map -> {
				var sorted = new TreeMap<String, Object>();
				map.forEach((key, member) -> sorted.put((String) key, member));
				out.append('{');
				var first = true;
				for (var member : sorted.entrySet()) {
					if (!first) {
						out.append(',');
					}
					first = false;
					string(member.getKey(), out);
					out.append(':');
					write(member.getValue(), out);
				}
				out.append('}');
			}
			case List<?> list -> {
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					write(list.get(i), out);
				}
				out.append(']');
			}
			default -> throw new IllegalArgumentException(
					"No canonical JSON for " + value.getClass().getName() + "; write decimals as strings");
		}
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append("\\u").append(String.format("%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
