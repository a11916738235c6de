package org.pilotbridge.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font embedded in one document, which knows which characters it can print and how wide
 * they are. The fonts are Liberation Sans (SIL Open Font License), which covers every
 * Latin alphabet of the four languages, the euro sign, typographic quotes and dashes.
 * They are embedded as subsets, with a Unicode map, so that the text of the PDF can be
 * searched and copied. They are embedded without their glyph substitution table
 * ({@code GSUB}): the four languages need no ligatures or contextual forms, and PDFBox's
 * Latin substitution compiles regular expressions for every line it writes, which made a
 * report of 7,000 scores take 40 seconds (see docs/benchmarks.md).
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
	 * The text as this font can print it: line breaks become {@code \n}, tabs spaces,
	 * other control and invisible formatting characters are dropped, a space the font
	 * lacks becomes a plain space and any other character it lacks becomes
	 * {@value #REPLACEMENT}.
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
				// dropped: invisible, and some (like bidirectional overrides) could
				// disguise the text
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

	/**
	 * The advance width in thousandths of the font size, or -1 when the font has no
	 * glyph.
	 */
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
				return withoutTable(in.readAllBytes(), "GSUB");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

	/**
	 * The font file with one table taken out of its table directory. The directory
	 * shrinks by one 16-byte record, and the bytes it frees are zeroed: every other table
	 * stays where it is, so its offset remains valid, and the table taken out is no
	 * longer referenced (the subset embedded in a PDF is written from the referenced
	 * tables only).
	 */
	static byte[] withoutTable(byte[] font, String tag) {
		var buffer = ByteBuffer.wrap(font.clone());
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		var wanted = tag.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (Arrays.equals(font, record, record + 4, wanted, 0, 4)) {
				var bytes = buffer.array();
				int end = 12 + 16 * tables;
				System.arraycopy(bytes, record + 16, bytes, record, end - record - 16);
				Arrays.fill(bytes, end - 16, end, (byte) 0);
				int remaining = tables - 1;
				int power = Integer.highestOneBit(remaining);
				buffer.putShort(4, (short) remaining);
				buffer.putShort(6, (short) (power * 16));
				buffer.putShort(8, (short) Integer.numberOfTrailingZeros(power));
				buffer.putShort(10, (short) (remaining * 16 - power * 16));
				return bytes;
			}
		}
		return font;
	}

}
