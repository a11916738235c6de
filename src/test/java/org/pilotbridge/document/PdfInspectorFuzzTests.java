package org.pilotbridge.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.pilotbridge.document.PdfInspection.Accepted;
import org.pilotbridge.document.PdfInspection.Rejected;
import org.pilotbridge.shared.Sha256;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile and broken uploads for the PDF checker: files built to hurt a parser (cycles,
 * huge page counts, huge cross-reference tables, compression bombs where PDFBox must
 * inflate, lying lengths, endless chains of updates), and a seeded mutation fuzzer over
 * valid files (flipped bytes, cuts, splices, repeated and deleted chunks, numbers made
 * huge). For every file the checker gives a verdict, never an exception; an accepted file
 * is one it read whole within the page limit; and no parse it gave up on keeps running.
 * <p>
 * {@code ./mvnw verify} runs {@value #DEFAULT_ITERATIONS} mutations from a fixed seed;
 * the {@code fuzz} profile runs a long campaign (see docs/testing.md), and
 * {@code -Dpdf.fuzz.seed=…} replays a seed a campaign reported.
 */
class PdfInspectorFuzzTests {

	static final int DEFAULT_ITERATIONS = 150;

	/**
	 * The checker's default limits, but a shorter time limit so that a slow file costs
	 * the build little.
	 */
	private static final PdfLimits LIMITS = new PdfLimits(PdfLimits.DEFAULT.maxBytes(), PdfLimits.DEFAULT.maxPages(),
			Duration.ofSeconds(3));

	private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

	private final PdfInspector inspector = new PdfInspector();

	@ParameterizedTest(name = "{0}")
	@MethodSource("craftedFiles")
	void givesEachCraftedFileAVerdictAndStopsParsingIt(String description, byte[] file, List<String> expected) {
		var inspection = inspector.inspect(new ByteArrayInputStream(file), LIMITS);

		var verdict = switch (inspection) {
			case Accepted accepted ->
				"accepted with " + accepted.pages() + (accepted.pages() == 1 ? " page" : " pages");
			case Rejected rejected -> rejected.reason().name();
		};
		assertThat(verdict).as(description).isIn(expected);
		awaitNoInspectionRunning();
	}

	static Stream<Arguments> craftedFiles() {
		return Stream.of(Arguments.of("a page tree whose kids include itself",
				handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
						"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")),
				List.of("CORRUPTED")),
				Arguments.of("a page tree claiming two billion pages",
						handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>",
								"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>",
								"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")),
						List.of("CORRUPTED", "TOO_MANY_PAGES", "accepted with 1 page")),
				Arguments.of("200,000 pages that are one page referred to again and again",
						handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>",
								"<< /Type /Pages /Kids [" + "3 0 R ".repeat(200_000) + "] /Count 200000 >>",
								"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")),
						List.of("CORRUPTED")),
				Arguments.of("a cross-reference table announcing 100 million entries",
						withXrefHeader(TestPdfs.onePage(), "0 100000000"),
						List.of("CORRUPTED", "TOO_COMPLEX", "TIMED_OUT", "accepted with 1 page")),
				Arguments.of("a cross-reference stream that inflates to 256 MB", xrefStreamBomb(256L << 20),
						List.of("TOO_COMPLEX", "CORRUPTED", "TIMED_OUT", "INFLATES_TOO_MUCH", "accepted with 1 page")),
				Arguments.of("a content stream that inflates to 512 MB", contentStreamBomb(512L << 20),
						List.of("INFLATES_TOO_MUCH")),
				Arguments.of("a page tree running in a cycle through a grandchild",
						handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>",
								"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
								"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 2 >>",
								"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>")),
						List.of("CORRUPTED")),
				Arguments.of("a web page in front of a PDF",
						concat("<html><script>fetch('/steal')</script></html>\n".getBytes(StandardCharsets.US_ASCII),
								TestPdfs.onePage()),
						List.of("DATA_BEFORE_HEADER")),
				Arguments.of("an open action that opens a web address", handmade(List.of(
						"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /URI /URI (https://tracker.example) >> >>",
						"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
						"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")), List.of("OUTSIDE_ACTION")),
				Arguments.of("a stream whose length says two gigabytes",
						handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>",
								"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
								"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
								"<< /Length 2147483647 >>\nstream\nBT ET\nendstream")),
						List.of("CORRUPTED", "accepted with 1 page")),
				Arguments.of("dictionaries nested 100,000 deep",
						handmade(List.of("<< /Type /Catalog /Pages 2 0 R /Deep " + "<< /A ".repeat(100_000)
								+ ">> ".repeat(100_000) + ">>",
								"<< /Type /Pages /Kids [] /Count 0 >>")),
						List.of("CORRUPTED", "NO_PAGES")),
				Arguments.of(
						"an update chain whose previous section is itself", selfReferringUpdate(), List.of("CORRUPTED",
								"accepted with 1 page")),
				Arguments.of("a thousand objects that are references to the next one",
						handmade(Stream
							.concat(Stream.of("<< /Type /Catalog /Pages 3 0 R >>"),
									IntStream.range(0, 1000).mapToObj(i -> (i + 3) + " 0 R"))
							.toList()),
						List.of("CORRUPTED", "NO_PAGES")));
	}

	@Test
	void givesEveryMutationOfValidFilesAVerdictWithinItsLimits() {
		var seed = Long.getLong("pdf.fuzz.seed", 20261205L);
		var iterations = Integer.getInteger("pdf.fuzz.iterations", DEFAULT_ITERATIONS);
		var random = new Random(seed);
		var originals = List.of(TestPdfs.onePage(), TestPdfs.pages(3), withText(), TestPdfs.withJavaScript());
		var verdicts = new int[2];
		for (int i = 0; i < iterations; i++) {
			var original = originals.get(random.nextInt(originals.size()));
			var mutant = mutate(original, originals, random);
			var inspection = inspector.inspect(new ByteArrayInputStream(mutant), LIMITS);
			var replay = "seed " + seed + ", mutation " + i;
			if (inspection instanceof Accepted accepted) {
				verdicts[0]++;
				assertThat(accepted.pages()).as(replay).isBetween(1, LIMITS.maxPages());
				assertThat(accepted.content()).as(replay).isEqualTo(mutant);
				assertThat(accepted.sha256()).as(replay).isEqualTo(Sha256.hex(mutant));
			}
			else {
				assertThat(inspection).as(replay).isInstanceOf(Rejected.class);
				verdicts[1]++;
			}
			awaitNoInspectionRunning();
		}
		assertThat(verdicts[0] + verdicts[1]).isEqualTo(iterations);
		assertThat(verdicts[1]).as("mutations rejected").isPositive();
	}

	/**
	 * Every parse the checker gave up on ends soon: it never keeps a thread busy in the
	 * background.
	 */
	private static void awaitNoInspectionRunning() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Thread.getAllStackTraces()
				.keySet()
				.stream()
				.noneMatch(thread -> thread.getName().startsWith("pdf-inspection-") && thread.isAlive()));
	}

	private static byte[] mutate(byte[] original, List<byte[]> others, Random random) {
		var bytes = original.clone();
		return switch (random.nextInt(7)) {
			case 0 -> {
				for (int flips = 1 + random.nextInt(20); flips > 0; flips--) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				}
				yield bytes;
			}
			case 1 -> Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
			case 2 -> {
				var other = others.get(random.nextInt(others.size()));
				var cut = random.nextInt(bytes.length);
				var from = random.nextInt(other.length);
				yield concat(Arrays.copyOf(bytes, cut), Arrays.copyOfRange(other, from, other.length));
			}
			case 3 -> {
				var start = random.nextInt(bytes.length);
				var end = Math.min(bytes.length, start + 1 + random.nextInt(512));
				var chunk = Arrays.copyOfRange(bytes, start, end);
				var repeated = new ByteArrayOutputStream();
				repeated.writeBytes(Arrays.copyOf(bytes, end));
				for (int times = 1 + random.nextInt(200); times > 0; times--) {
					repeated.writeBytes(chunk);
				}
				repeated.writeBytes(Arrays.copyOfRange(bytes, end, bytes.length));
				yield repeated.toByteArray();
			}
			case 4 -> {
				var start = random.nextInt(bytes.length);
				var end = Math.min(bytes.length, start + 1 + random.nextInt(2048));
				yield concat(Arrays.copyOf(bytes, start), Arrays.copyOfRange(bytes, end, bytes.length));
			}
			case 5 -> {
				var text = new String(bytes, StandardCharsets.ISO_8859_1);
				var matcher = NUMBER.matcher(text);
				var numbers = new ArrayList<int[]>();
				while (matcher.find()) {
					numbers.add(new int[] { matcher.start(), matcher.end() });
				}
				var huge = List.of("2147483647", "99999999999", "-1", "0", "4294967296", "1e308");
				var result = new StringBuilder(text);
				for (int changes = 1 + random.nextInt(5); changes > 0 && !numbers.isEmpty(); changes--) {
					var at = numbers.remove(random.nextInt(numbers.size()));
					result.replace(at[0], at[1], huge.get(random.nextInt(huge.size())));
					numbers.replaceAll(n -> n[0] > at[0] ? new int[] { -1, -1 } : n);
					numbers.removeIf(n -> n[0] < 0);
				}
				yield result.toString().getBytes(StandardCharsets.ISO_8859_1);
			}
			default -> {
				var noise = new byte[1 + random.nextInt(4096)];
				random.nextBytes(noise);
				var at = random.nextInt(bytes.length);
				yield concat(Arrays.copyOf(bytes, at), noise, Arrays.copyOfRange(bytes, at, bytes.length));
			}
		};
	}

	private static byte[] withText() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText("Our proposal for quieter streets.");
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A PDF 1.4 file of the given objects (numbered from 1, the first one the catalog)
	 * and its cross-reference table.
	 */
	static byte[] handmade(List<String> objects) {
		var out = new ByteArrayOutputStream();
		write(out, "%PDF-1.4\n");
		var offsets = new ArrayList<Integer>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		var xref = out.size();
		write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach(offset -> write(out, "%010d 00000 n \n".formatted(offset)));
		write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	/** The file with the subsection header of its cross-reference table replaced. */
	private static byte[] withXrefHeader(byte[] pdf, String header) {
		var text = new String(pdf, StandardCharsets.ISO_8859_1);
		return text.replaceFirst("xref\\r?\\n0 \\d+", "xref\n" + header).getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A file whose only cross-reference is a stream that inflates to the given size. */
	private static byte[] xrefStreamBomb(long inflated) {
		var out = new ByteArrayOutputStream();
		write(out, "%PDF-1.7\n");
		var catalog = out.size();
		write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
		var pages = out.size();
		write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
		var page = out.size();
		write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
		var entries = new ByteArrayOutputStream();
		for (var offset : new int[] { 0, catalog, pages, page }) {
			entries.writeBytes(new byte[] { (byte) (offset == 0 ? 0 : 1), (byte) (offset >> 16), (byte) (offset >> 8),
					(byte) offset, 0 });
		}
		var compressed = deflate(entries.toByteArray(), inflated);
		var xref = out.size();
		write(out, "4 0 obj\n<< /Type /XRef /Size 5 /W [1 3 1] /Root 1 0 R /Filter /FlateDecode /Length "
				+ compressed.length + " >>\nstream\n");
		out.writeBytes(compressed);
		write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	/** A one-page file whose content stream inflates to the given size. */
	private static byte[] contentStreamBomb(long inflated) {
		var compressed = deflate(new byte[0], inflated);
		var out = new ByteArrayOutputStream();
		var objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
		write(out, "%PDF-1.4\n");
		var offsets = new ArrayList<Integer>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		offsets.add(out.size());
		write(out, "4 0 obj\n<< /Filter /FlateDecode /Length " + compressed.length + " >>\nstream\n");
		out.writeBytes(compressed);
		write(out, "\nendstream\nendobj\n");
		var xref = out.size();
		write(out, "xref\n0 5\n0000000000 65535 f \n");
		offsets.forEach(offset -> write(out, "%010d 00000 n \n".formatted(offset)));
		write(out, "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	/**
	 * A valid file followed by an update whose trailer names itself as the previous
	 * section.
	 */
	private static byte[] selfReferringUpdate() {
		var base = handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
		var out = new ByteArrayOutputStream();
		out.writeBytes(base);
		var xref = out.size();
		write(out, "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 4 /Root 1 0 R /Prev " + xref + " >>\nstartxref\n"
				+ xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	private static byte[] deflate(byte[] prefix, long padding) {
		var out = new ByteArrayOutputStream();
		var deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try (var deflating = new DeflaterOutputStream(out, deflater, 64 * 1024)) {
			deflating.write(prefix);
			var block = new byte[1024 * 1024];
			for (long left = padding; left > 0; left -= block.length) {
				deflating.write(block, 0, (int) Math.min(block.length, left));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deflater.end();
		}
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static byte[] concat(byte[]... parts) {
		var out = new ByteArrayOutputStream();
		for (var part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
