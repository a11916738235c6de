package org.pilotbridge.document;

import java.io.IOException;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;

/**
 * Draws on A4 pages from top to bottom, starting a new page when the next thing does not
 * fit. All colours are sRGB, the colour space of the document's output intent.
 */
final class PageWriter {

	static final PDRectangle A4 = PDRectangle.A4;

	/** 2 cm, a common margin for letters on A4. */
	static final float MARGIN = 56.7f;

	/** The footer sits in the bottom margin, below the body. */
	static final float BOTTOM = MARGIN + 14f;

	static final float[] TEXT_COLOUR = { 0.1f, 0.1f, 0.1f };

	static final float[] MUTED_COLOUR = { 0.35f, 0.35f, 0.35f };

	static final float[] RULE_COLOUR = { 0.6f, 0.6f, 0.6f };

	static final float[] SHADE_COLOUR = { 0.92f, 0.93f, 0.95f };

	/** More than a footer line can hold, so that shortening a huge title stays quick. */
	private static final int MAX_FOOTER_CHARACTERS = 200;

	private final PDDocument pdf;

	private @Nullable PDPageContentStream content;

	private float y;

	PageWriter(PDDocument pdf) {
		this.pdf = pdf;
	}

	float left() {
		return MARGIN;
	}

	float width() {
		return A4.getWidth() - 2 * MARGIN;
	}

	/** The height of the body of an empty page. */
	float pageHeight() {
		return A4.getHeight() - MARGIN - BOTTOM;
	}

	/** The top of what comes next. */
	float y() {
		return y;
	}

	/**
	 * The height left on the current page; a full page's height before the first page
	 * exists.
	 */
	float room() {
		return content == null ? pageHeight() : y - BOTTOM;
	}

	boolean atTopOfPage() {
		return content == null || y == A4.getHeight() - MARGIN;
	}

	/** Starts a new page unless the height fits on the current one. */
	void ensureRoom(float height) throws IOException {
		if (content == null || room() < height) {
			newPage();
		}
	}

	void newPage() throws IOException {
		close();
		var page = new PDPage(A4);
		pdf.addPage(page);
		content = new PDPageContentStream(pdf, page);
		y = A4.getHeight() - MARGIN;
	}

	void moveDown(float height) {
		y = Math.max(BOTTOM, y - height);
	}

	/** Draws one line of printable text in the line box that starts at {@link #y()}. */
	void text(String printable, TextStyle style, float x, float[] colour) throws IOException {
		text(printable, style, x, baseline(y, style), colour);
	}

	static float baseline(float top, TextStyle style) {
		return top - style.leading() * 0.75f;
	}

	void text(String printable, TextStyle style, float x, float baseline, float[] colour) throws IOException {
		if (printable.isEmpty()) {
			return;
		}
		var page = current();
		page.beginText();
		page.setNonStrokingColor(colour[0], colour[1], colour[2]);
		page.setFont(style.typeface().font(), style.size());
		page.newLineAtOffset(x, baseline);
		page.showText(printable);
		page.endText();
	}

	void shade(float x, float top, float width, float height) throws IOException {
		var page = current();
		page.setNonStrokingColor(SHADE_COLOUR[0], SHADE_COLOUR[1], SHADE_COLOUR[2]);
		page.addRect(x, top - height, width, height);
		page.fill();
	}

	void box(float x, float top, float width, float height) throws IOException {
		var page = current();
		stroke(page);
		page.addRect(x, top - height, width, height);
		page.stroke();
	}

	void rule(float x, float top, float width) throws IOException {
		var page = current();
		stroke(page);
		page.moveTo(x, top);
		page.lineTo(x + width, top);
		page.stroke();
	}

	private static void stroke(PDPageContentStream page) throws IOException {
		page.setStrokingColor(RULE_COLOUR[0], RULE_COLOUR[1], RULE_COLOUR[2]);
		page.setLineWidth(0.5f);
	}

	/** Finishes the current page. */
	void close() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}

	/**
	 * Writes the footer on every page once all pages exist: a rule, the title on the left
	 * and the page number with the page count ({@code 2 / 5}) on the right.
	 */
	void footers(String title, TextStyle style) throws IOException {
		close();
		var pages = pdf.getNumberOfPages();
		var number = 0;
		for (var page : pdf.getPages()) {
			number++;
			var pageNumber = number + " / " + pages;
			var numberWidth = style.width(pageNumber);
			var top = MARGIN - 4;
			try (var footer = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
				content = footer;
				rule(left(), top + 6, width());
				var baseline = top - style.size();
				text(shortened(title, style, width() - numberWidth - 12), style, left(), baseline, MUTED_COLOUR);
				text(pageNumber, style, left() + width() - numberWidth, baseline, MUTED_COLOUR);
			}
			finally {
				content = null;
			}
		}
	}

	/**
	 * The first line of the text, cut with an ellipsis where it is wider than the width.
	 */
	static String shortened(String text, TextStyle style, float width) {
		var line = style.typeface().printable(text).replace('\n', ' ').strip();
		if (line.length() > MAX_FOOTER_CHARACTERS) {
			line = line.substring(0, line.offsetByCodePoints(0, MAX_FOOTER_CHARACTERS));
		}
		if (style.width(line) <= width) {
			return line;
		}
		var ellipsis = style.typeface().printable("…");
		var end = line.length();
		while (end > 0 && style.width(line.substring(0, end) + ellipsis) > width) {
			end = line.offsetByCodePoints(end, -1);
		}
		return line.substring(0, end).strip() + ellipsis;
	}

	private PDPageContentStream current() throws IOException {
		if (content == null) {
			newPage();
		}
		return Objects.requireNonNull(content, "newPage() opens one");
	}

}
