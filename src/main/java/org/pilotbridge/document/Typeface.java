package org.pilotbridge.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font embedded in one document, which knows which characters it can print and how wide they are.
 * The fonts are Liberation Sans (SIL Open Font License), which covers every Latin alphabet of the
 * four languages, the euro sign, typographic quotes and dashes. They are embedded as subsets, with
 * a Unicode map, so that the text of the PDF can be searched and copied.
 *
 * @see "Design decision: docs/decisions/DD003-20261125-pdf-documents.md"
 */
final class Typeface {

	static final String REPLACEMENT = "?";

	private final PDType0Font font;

	private final Map<Integer, Float> advances = new HashMap<>();

	private Typeface(PDType0Font font) {
		this.font = font;
	}

	static Typeface regular(PDDocument pdf) throws IOException {
		return embed(pdf, FontFiles.REGULAR);
	}

	static Typeface bold(PDDocument pdf) throws IOException {
		return embed(pdf, FontFiles.BOLD);
	}

	private static Typeface embed(PDDocument pdf, byte[] trueType) throws IOException {
		return new Typeface(PDType0Font.load(pdf, new RandomAccessReadBuffer(trueType), true, false));
	}

	PDType0Font font() {
		return font;
	}

	/**
	 * The text as this font can print it: line breaks become {@code \n}, tabs spaces, other control
	 * and invisible formatting characters are dropped, a space the font lacks becomes a plain space
	 * and any other character it lacks becomes {@value #REPLACEMENT}.
	 */
	String printable(String text) {
		var normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
		var printable = new StringBuilder(normalized.length());
		normalized.codePoints().forEach(codePoint -> {
			if (codePoint == '\n') {
				printable.append('\n');
			}
			else if (codePoint == '\t') {
				printable.append(' ');
			}
			else if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
				// dropped: invisible, and some (like bidirectional overrides) could disguise the text
			}
			else if (canPrint(codePoint)) {
				printable.appendCodePoint(codePoint);
			}
			else {
				printable.append(Character.getType(codePoint) == Character.SPACE_SEPARATOR ? " " : REPLACEMENT);
			}
		});
		return printable.toString();
	}

	/** The width of printable text at a font size, in points. */
	float width(String printable, float size) {
		float thousandths = 0;
		for (int i = 0; i < printable.length();) {
			var codePoint = printable.codePointAt(i);
			thousandths += advance(codePoint);
			i += Character.charCount(codePoint);
		}
		return thousandths / 1000 * size;
	}

	private boolean canPrint(int codePoint) {
		return advance(codePoint) >= 0;
	}

	/** The advance width in thousandths of the font size, or -1 when the font has no glyph. */
	private float advance(int codePoint) {
		return advances.computeIfAbsent(codePoint, this::measure);
	}

	private float measure(int codePoint) {
		try {
			return font.getStringWidth(Character.toString(codePoint));
		}
		catch (IllegalArgumentException noGlyph) {
			return -1;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The TrueType files, read once from the classpath. */
	private static final class FontFiles {

		static final byte[] REGULAR = read("/liberation/LiberationSans-Regular.ttf");

		static final byte[] BOLD = read("/liberation/LiberationSans-Bold.ttf");

		private static byte[] read(String resource) {
			try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException(resource + " is missing: it comes with openpdf-fonts-extra");
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

}
