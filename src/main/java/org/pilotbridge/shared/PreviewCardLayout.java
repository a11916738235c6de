package org.pilotbridge.shared;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.pilotbridge.shared.PreviewCard.Line;
import org.pilotbridge.shared.PreviewCard.Part;

/**
 * Lays out and draws {@link PreviewCard}s with Java2D (headless) and writes them with
 * ImageIO. The geometry is fixed: a band in the brand colour along the top, the kicker,
 * the title (up to three lines), the subtitle and the text, the facts on a tinted strip
 * along the bottom, and the site's name in the corner. Lines are measured with the
 * metrics they are drawn with, so that what {@link #layOut} reports is what
 * {@link #render} draws.
 */
final class PreviewCardLayout {

	static final PreviewCardLayout INSTANCE = new PreviewCardLayout();

	/** The colours of the site's Lumo theme (frontend/styles/pilotbridge.css). */
	static final Color BACKGROUND = Color.WHITE;

	static final Color BRAND = new Color(0x1a4d8f);

	static final Color BODY = new Color(0x263445);

	static final Color SECONDARY = new Color(0x4a5565);

	static final Color TINT = new Color(0xe8edf4);

	private static final String ELLIPSIS = "…";

	/** More than any line could hold: longer texts are cut before they are measured. */
	private static final int MAX_CHARACTERS = 600;

	private static final int MARGIN = 72;

	private static final int BAND = 14;

	private static final int FACTS_TOP = 452;

	private static final int FACTS_BOTTOM = 556;

	private static final int SITE_BASELINE = 604;

	private static final int CONTENT_WIDTH = PreviewCard.WIDTH - 2 * MARGIN;

	private final Font regular = load("/liberation/LiberationSans-Regular.ttf");

	private final Font bold = load("/liberation/LiberationSans-Bold.ttf");

	private final Map<Integer, Boolean> printable = new ConcurrentHashMap<>();

	private PreviewCardLayout() {
	}

	byte[] render(PreviewCard card) {
		var image = new BufferedImage(PreviewCard.WIDTH, PreviewCard.HEIGHT, BufferedImage.TYPE_INT_RGB);
		var graphics = graphics(image);
		try {
			graphics.setColor(BACKGROUND);
			graphics.fillRect(0, 0, PreviewCard.WIDTH, PreviewCard.HEIGHT);
			graphics.setColor(BRAND);
			graphics.fillRect(0, 0, PreviewCard.WIDTH, BAND);
			if (!card.facts().isEmpty()) {
				graphics.setColor(TINT);
				graphics.fillRect(0, FACTS_TOP, PreviewCard.WIDTH, FACTS_BOTTOM - FACTS_TOP);
			}
			for (var line : layOut(card, graphics)) {
				graphics.setFont(font(line.bold(), line.size()));
				graphics.setColor(switch (line.part()) {
					case KICKER, SITE -> BRAND;
					case SUBTITLE, FACT_LABEL -> SECONDARY;
					case TITLE, TEXT, FACT_VALUE -> BODY;
				});
				graphics.drawString(line.text(), line.x(), line.baseline());
			}
		}
		finally {
			graphics.dispose();
		}
		var png = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			// Written to memory: an I/O error here is a bug, not a user error.
			throw new UncheckedIOException("Could not write a preview card", e);
		}
		return png.toByteArray();
	}

	List<Line> layOut(PreviewCard card) {
		var scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		var graphics = graphics(scratch);
		try {
			return layOut(card, graphics);
		}
		finally {
			graphics.dispose();
		}
	}

	private List<Line> layOut(PreviewCard card, Graphics2D graphics) {
		var lines = new ArrayList<Line>();
		var bottom = card.facts().isEmpty() ? SITE_BASELINE - 48 : FACTS_TOP - 28;
		var kicker = printable(card.kicker());
		if (!kicker.isEmpty()) {
			lines.add(new Line(Part.KICKER, fit(kicker, metrics(graphics, true, 30), CONTENT_WIDTH), MARGIN, 92, 30,
					true));
		}
		var text = printable(card.text());
		var subtitle = printable(card.subtitle());
		var titleSize = 62;
		var titleLeading = 74;
		var titleLines = wrap(printable(card.title()), metrics(graphics, true, titleSize), CONTENT_WIDTH,
				text.isEmpty() ? 3 : 2);
		var baseline = 172;
		for (var title : titleLines) {
			lines.add(new Line(Part.TITLE, title, MARGIN, baseline, titleSize, true));
			baseline += titleLeading;
		}
		baseline += -titleLeading + 64;
		if (!subtitle.isEmpty()) {
			lines.add(new Line(Part.SUBTITLE, fit(subtitle, metrics(graphics, false, 34), CONTENT_WIDTH), MARGIN,
					baseline, 34, false));
			baseline += 52;
		}
		if (!text.isEmpty()) {
			var room = Math.max(0, (bottom - baseline) / 40 + 1);
			for (var line : wrap(text, metrics(graphics, false, 30), CONTENT_WIDTH, Math.min(2, room))) {
				lines.add(new Line(Part.TEXT, line, MARGIN, baseline, 30, false));
				baseline += 40;
			}
		}
		var facts = card.facts();
		if (!facts.isEmpty()) {
			var column = CONTENT_WIDTH / facts.size();
			var gap = 32;
			for (int i = 0; i < facts.size(); i++) {
				var x = MARGIN + i * column;
				var width = column - (i == facts.size() - 1 ? 0 : gap);
				var fact = facts.get(i);
				lines.add(new Line(Part.FACT_LABEL, fit(printable(fact.label()), metrics(graphics, false, 24), width),
						x, FACTS_TOP + 38, 24, false));
				lines.add(new Line(Part.FACT_VALUE, fit(printable(fact.value()), metrics(graphics, true, 32), width), x,
						FACTS_TOP + 82, 32, true));
			}
		}
		lines.add(new Line(Part.SITE, "Pilotbridge", MARGIN, SITE_BASELINE, 28, true));
		return lines;
	}

	/**
	 * The text cut into at most {@code maxLines} lines no wider than {@code width},
	 * between words where possible (a word wider than a line is broken), the last line
	 * ending with an ellipsis when the text goes on.
	 */
	static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
		var lines = new ArrayList<String>();
		if (text.isEmpty() || maxLines <= 0) {
			return lines;
		}
		var words = text.split(" ");
		var current = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			var word = words[i];
			var candidate = current.isEmpty() ? word : current + " " + word;
			if (metrics.stringWidth(candidate) <= width) {
				current.setLength(0);
				current.append(candidate);
				continue;
			}
			if (!current.isEmpty()) {
				lines.add(current.toString());
				current.setLength(0);
				if (lines.size() == maxLines) {
					return ellipsize(lines, metrics, width);
				}
			}
			// The word alone: break it where it overflows.
			var rest = word;
			while (metrics.stringWidth(rest) > width) {
				var cut = longestPrefix(rest, metrics, width);
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
				if (lines.size() == maxLines) {
					return ellipsize(lines, metrics, width);
				}
			}
			current.append(rest);
		}
		if (!current.isEmpty()) {
			lines.add(current.toString());
		}
		return lines;
	}

	/** The line as it fits, cut with an ellipsis when it is too wide. */
	static String fit(String line, FontMetrics metrics, int width) {
		if (metrics.stringWidth(line) <= width) {
			return line;
		}
		return cutWithEllipsis(line, metrics, width);
	}

	private static List<String> ellipsize(List<String> lines, FontMetrics metrics, int width) {
		var last = lines.size() - 1;
		lines.set(last, cutWithEllipsis(lines.get(last), metrics, width));
		return lines;
	}

	private static String cutWithEllipsis(String line, FontMetrics metrics, int width) {
		var room = width - metrics.stringWidth(ELLIPSIS);
		var cut = longestPrefix(line, metrics, room);
		return line.substring(0, cut).stripTrailing() + ELLIPSIS;
	}

	/** How many chars of the text fit in the width, never splitting a surrogate pair. */
	private static int longestPrefix(String text, FontMetrics metrics, int width) {
		int low = 0;
		int high = text.length();
		while (low < high) {
			var middle = (low + high + 1) >>> 1;
			if (metrics.stringWidth(text.substring(0, middle)) <= width) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		if (low > 0 && low < text.length() && Character.isHighSurrogate(text.charAt(low - 1))) {
			low--;
		}
		return Math.max(low, Math.min(1, text.length()));
	}

	/**
	 * The text as the font can draw it, on one line: white space of any kind becomes one
	 * space, control and invisible formatting characters (such as bidirectional
	 * overrides, which could disguise the text) are dropped, and a character the font
	 * lacks becomes {@code ?}.
	 */
	String printable(String text) {
		var source = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
		var out = new StringBuilder(source.length());
		var space = false;
		for (int i = 0; i < source.length();) {
			var codePoint = source.codePointAt(i);
			i += Character.charCount(codePoint);
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				space = !out.isEmpty();
				continue;
			}
			if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
					|| Character.getType(codePoint) == Character.SURROGATE) {
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			if (printable.computeIfAbsent(codePoint, point -> regular.canDisplay(point) && bold.canDisplay(point))) {
				out.appendCodePoint(codePoint);
			}
			else {
				out.append('?');
			}
		}
		return out.toString();
	}

	private FontMetrics metrics(Graphics2D graphics, boolean isBold, int size) {
		return graphics.getFontMetrics(font(isBold, size));
	}

	private Font font(boolean isBold, int size) {
		return (isBold ? bold : regular).deriveFont((float) size);
	}

	private static Graphics2D graphics(BufferedImage image) {
		var graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		return graphics;
	}

	private static Font load(String resource) {
		try (InputStream in = PreviewCardLayout.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing: it comes with openpdf-fonts-extra");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (FontFormatException e) {
			throw new IllegalStateException("Not a TrueType font: " + resource, e);
		}
	}

}
