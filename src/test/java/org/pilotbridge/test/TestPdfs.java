package org.pilotbridge.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * PDF files for tests, good and hostile, made with PDFBox.
 */
public final class TestPdfs {

	private TestPdfs() {
	}

	/** A PDF whose pages say their number. */
	public static byte[] pages(int count) {
		return pdf(count, document -> {
		});
	}

	public static byte[] onePage() {
		return pages(1);
	}

	/**
	 * A valid one-page PDF of about the given size (within a kilobyte): its page carries
	 * a long, uncompressed content stream of comments, which readers skip.
	 */
	public static byte[] ofSize(long bytes, long seed) {
		var random = new Random(seed);
		var file = pdf(1, document -> {
			try {
				var stream = document.getDocument().createCOSStream();
				try (var out = stream.createRawOutputStream()) {
					var line = new byte[100];
					long written = 0;
					var target = Math.max(0, bytes - 1500);
					while (written < target) {
						line[0] = '%';
						for (int i = 1; i < line.length - 1; i++) {
							line[i] = (byte) ('a' + random.nextInt(26));
						}
						line[line.length - 1] = '\n';
						var length = (int) Math.min(line.length, target - written);
						out.write(line, 0, length);
						written += length;
					}
					out.write("\n".getBytes(StandardCharsets.US_ASCII));
				}
				document.getPage(0).setContents(new PDStream(stream));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		return file;
	}

	public static byte[] encrypted() {
		return pdf(1, document -> {
			var policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			try {
				document.protect(policy);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	public static byte[] withJavaScript() {
		return pdf(1, document -> {
			var scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("greeting", new PDActionJavaScript("app.alert('hello');")));
			var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setJavascript(scripts);
			document.getDocumentCatalog().setNames(names);
		});
	}

	/** A ten-page PDF cut in half, as an interrupted download leaves it. */
	public static byte[] corrupted() {
		var whole = pages(10);
		return Arrays.copyOf(whole, whole.length / 2);
	}

	/**
	 * A letter in plain text, as if someone renamed {@code offer.txt} to
	 * {@code offer.pdf}.
	 */
	public static byte[] textFile() {
		return "Dear committee,\nplease find our offer attached.\n".repeat(40).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A PDF whose pages say their number, changed as the test needs before it is saved.
	 */
	public static byte[] pdf(int pages, Consumer<PDDocument> change) {
		try (var document = new PDDocument()) {
			var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int number = 1; number <= pages; number++) {
				var page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (var content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 12);
					content.newLineAtOffset(72, 720);
					content.showText("Page " + number);
					content.endText();
				}
			}
			change.accept(document);
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
