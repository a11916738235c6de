package org.pilotbridge.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What hostile or careless people type: markup and script, SQL, template expressions,
 * spreadsheet formulas, mail header breaks, and the Unicode that trips software up
 * (right-to-left override, zero-width and combining characters, emoji, unpaired
 * surrogates, NUL and other control characters), and 100,000 characters.
 */
final class HostileText {

	private HostileText() {
	}

	static final String LONG = "Lorem ipsum dolor sit amet. ".repeat(3_572).substring(0, 100_000);

	/** Every payload by name. */
	static final Map<String, String> CORPUS = corpus();

	private static Map<String, String> corpus() {
		var corpus = new LinkedHashMap<String, String>();
		corpus.put("script tag", "<script>window.pwned=1</script>Ordinary words");
		corpus.put("image with onerror", "\"><img src=x onerror=\"window.pwned=1\">");
		corpus.put("svg onload", "<svg/onload=window.pwned=1>");
		corpus.put("javascript link",
				"[click me](javascript:window.pwned=1) and <a href=\"javascript:alert(1)\">x</a>");
		corpus.put("data link", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">open</a>");
		corpus.put("iframe and style",
				"<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>");
		corpus.put("template expressions", "${7*7} #{7*7} [[${7*7}]] {{7*7}} <%= 7*7 %> {0} {1}");
		corpus.put("SQL injection",
				"'; DROP TABLE challenge; -- ' OR '1'='1 %' UNION SELECT password_hash FROM local_account --");
		corpus.put("spreadsheet formula", "=HYPERLINK(\"https://evil.example\",\"Click\")");
		corpus.put("mail header break", "Subject line\r\nBcc: victim@evil.example\r\n\r\nbody");
		corpus.put("right-to-left override", "invoice\u202Efdp.exe and \u202Bشكرا\u202C");
		corpus.put("zero-width characters", "pay\u200Bpal\u200C\u200D\u2060\uFEFF");
		corpus.put("combining characters", "Z\u0324\u0354\u0367\u0311\u0313a\u0308\u0356\u032D\u0308\u0307lgo");
		corpus.put("emoji", "Bus \uD83D\uDE8C for \uD83D\uDC69\u200D\uD83D\uDCBB in \uD83C\uDDE7\uD83C\uDDEA");
		corpus.put("NUL and control characters", "a\u0000b\u0007c\u001Bd\u0085e\u009Bf");
		corpus.put("control characters in a longer text",
				"A reason long enough for any minimum length,\u0000 with a NUL and a bell\u0007 inside it.");
		corpus.put("unpaired surrogate", "half \uD800 a pair");
		corpus.put("100,000 characters", LONG);
		return corpus;
	}

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

	private static final Pattern UNPAIRED = Pattern
		.compile("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

	/**
	 * The payload as a form may store it: control characters and unpaired surrogates
	 * (which no database column and no XML output can hold) dropped, and surrounding
	 * white space trimmed.
	 */
	static String cleaned(String text) {
		return UNPAIRED.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll("").strip();
	}

	/**
	 * The payload as a proposal stores it: cleaned, with line breaks as {@code \n} and in
	 * Unicode normalisation form C, so that its receipt's digest does not depend on the
	 * browser.
	 */
	static String canonical(String text) {
		return java.text.Normalizer.normalize(cleaned(text.replace("\r\n", "\n").replace('\r', '\n')),
				java.text.Normalizer.Form.NFC);
	}

}
