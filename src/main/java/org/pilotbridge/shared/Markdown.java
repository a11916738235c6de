package org.pilotbridge.shared;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Long texts that people write (a problem statement, an answer) are Markdown. They are
 * shown as HTML made safe twice: the renderer escapes any HTML typed into the text, and
 * an allow-list sanitizer then keeps only paragraphs, headings {@code h3}–{@code h6} (a
 * page has its own {@code h1} and {@code h2}, so {@code #} becomes {@code h3}), lists,
 * emphasis, code, quotes, tables and links to {@code http}, {@code https} and
 * {@code mailto} addresses, which get {@code rel="nofollow noopener"} (a link to anything
 * else becomes its text). Nothing else survives: no script, style, image, frame, event
 * handler or other URL scheme.
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());

	private static final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

	private static final PolicyFactory policy = new HtmlPolicyBuilder()
		.allowElements("p", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote",
				"table", "thead", "tbody", "tr", "th", "td", "a")
		.allowAttributes("start")
		.matching(Pattern.compile("\\d{1,9}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(true, "left", "center", "right")
		.onElements("th", "td")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener")
		.toFactory();

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}&&[^\\s]]");

	private Markdown() {
	}

	/** Safe HTML for the text, ready to be put into a page as it is. */
	public static String toSafeHtml(String markdown) {
		var document = parser.parse(markdown == null ? "" : markdown);
		document.accept(new AbstractVisitor() {

			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(6, heading.getLevel() + 2));
				visitChildren(heading);
			}

		});
		return policy.sanitize(renderer.render(document)).strip();
	}

	/**
	 * The text without any markup, on one line, cut at a word boundary to at most
	 * {@code maxLength} characters (an ellipsis included), for previews, search results
	 * and meta descriptions.
	 */
	public static String plainText(String markdown, int maxLength) {
		if (maxLength < 1) {
			throw new IllegalArgumentException("maxLength must be positive");
		}
		var text = new StringBuilder();
		parser.parse(markdown == null ? "" : markdown).accept(new PlainText(text));
		var plain = WHITESPACE.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
		return shorten(plain, maxLength);
	}

	static String shorten(String text, int maxLength) {
		if (text.length() <= maxLength) {
			return text;
		}
		var cut = text.substring(0, maxLength - 1);
		var lastSpace = cut.lastIndexOf(' ');
		if (lastSpace > maxLength / 2) {
			cut = cut.substring(0, lastSpace);
		}
		return cut.stripTrailing() + "…";
	}

	/**
	 * Collects the text of the document: words, code, a space between blocks; raw HTML is
	 * left out.
	 */
	private static final class PlainText extends AbstractVisitor {

		private final StringBuilder text;

		PlainText(StringBuilder text) {
			this.text = text;
		}

		@Override
		public void visit(Text node) {
			text.append(node.getLiteral());
		}

		@Override
		public void visit(Code code) {
			text.append(code.getLiteral());
		}

		@Override
		public void visit(FencedCodeBlock block) {
			text.append(' ').append(block.getLiteral()).append(' ');
		}

		@Override
		public void visit(IndentedCodeBlock block) {
			text.append(' ').append(block.getLiteral()).append(' ');
		}

		@Override
		public void visit(SoftLineBreak lineBreak) {
			text.append(' ');
		}

		@Override
		public void visit(HardLineBreak lineBreak) {
			text.append(' ');
		}

		@Override
		public void visit(Paragraph paragraph) {
			block(paragraph);
		}

		@Override
		public void visit(Heading heading) {
			block(heading);
		}

		@Override
		public void visit(ListItem item) {
			block(item);
		}

		@Override
		public void visit(BlockQuote quote) {
			block(quote);
		}

		@Override
		public void visit(CustomNode node) {
			if (node instanceof TableCell) {
				block(node);
			}
			else {
				visitChildren(node);
			}
		}

		private void block(Node node) {
			text.append(' ');
			visitChildren(node);
			text.append(' ');
		}

	}

}
