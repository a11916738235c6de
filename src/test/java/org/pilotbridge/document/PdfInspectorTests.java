package org.pilotbridge.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.pilotbridge.document.PdfInspection.Accepted;
import org.pilotbridge.document.PdfInspection.Rejected;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pilotbridge.test.TestPdfs.pdf;

/**
 * The files are made here with PDFBox, or by hand where PDFBox would refuse to write them.
 */
class PdfInspectorTests {

	private static final byte[] ONE_PAGE = pdf(1, document -> {
	});

	private static final byte[] FIFTY_PAGES = pdf(50, document -> {
	});

	private static final byte[] MANY_OBJECTS = chainOfObjects(50_000);

	/** Inflates to 256 MB, four times what parsing may allocate for a 1 MB limit. */
	private static final long BOMB = 256L << 20;

	private final PdfInspector inspector = new PdfInspector();

	@Test
	void acceptsAPdfAndHandsBackItsExactBytes() {
		var inspection = inspector.inspect(new ByteArrayInputStream(ONE_PAGE));

		assertThat(inspection).isInstanceOfSatisfying(Accepted.class, accepted -> {
			assertThat(accepted.pages()).isEqualTo(1);
			assertThat(accepted.size()).isEqualTo(ONE_PAGE.length);
			assertThat(accepted.content()).isEqualTo(ONE_PAGE);
			assertThat(accepted.sha256()).isEqualTo(sha256(ONE_PAGE));
		});
	}

	@Test
	void acceptsAsManyPagesAsTheLimitAndNotOneMore() {
		assertThat(inspector.inspect(new ByteArrayInputStream(FIFTY_PAGES)))
			.isInstanceOfSatisfying(Accepted.class, accepted -> assertThat(accepted.pages()).isEqualTo(50));

		assertThat(inspector.inspect(new ByteArrayInputStream(pdf(51, document -> {
		})))).isEqualTo(new Rejected(PdfRejection.TOO_MANY_PAGES, List.of(50)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void rejectsHostileFilesForWhatTheyAre(String description, byte[] file, PdfRejection reason) {
		var inspection = inspector.inspect(new ByteArrayInputStream(file));

		assertThat(inspection).isInstanceOfSatisfying(Rejected.class,
				rejected -> assertThat(rejected.reason()).isEqualTo(reason));
	}

	static Stream<Arguments> hostileFiles() {
		var random = new Random(20261125);
		var noise = new byte[20_000];
		random.nextBytes(noise);
		return Stream.of(
				Arguments.of("encrypted, opens without a password", pdf(1, document -> encrypt(document, "")),
						PdfRejection.ENCRYPTED),
				Arguments.of("encrypted with a password", pdf(1, document -> encrypt(document, "secret")),
						PdfRejection.ENCRYPTED),
				Arguments.of("document-level JavaScript", pdf(1, PdfInspectorTests::addDocumentJavaScript),
						PdfRejection.SCRIPT),
				Arguments.of("JavaScript open action",
						pdf(1, document -> document.getDocumentCatalog()
							.setOpenAction(new PDActionJavaScript("app.alert('opened');"))),
						PdfRejection.SCRIPT),
				Arguments.of("JavaScript when a page opens", pdf(1, document -> {
					var actions = new PDPageAdditionalActions();
					actions.setO(new PDActionJavaScript("app.alert('page');"));
					document.getPage(0).setActions(actions);
				}), PdfRejection.SCRIPT),
				Arguments.of("link running JavaScript",
						pdf(1, document -> link(document, new PDActionJavaScript("app.alert('clicked');"))),
						PdfRejection.SCRIPT),
				Arguments.of("link launching a program", pdf(1, document -> {
					var launch = new PDActionLaunch();
					launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
					link(document, launch);
				}), PdfRejection.LAUNCH_ACTION),
				Arguments.of("embedded file", pdf(1, PdfInspectorTests::embedFile), PdfRejection.EMBEDDED_FILE),
				Arguments.of("file attachment annotation", pdf(1, document -> {
					var attachment = new PDAnnotationFileAttachment();
					attachment.setRectangle(new PDRectangle(50, 50, 20, 20));
					attachment.setFile(new PDSimpleFileSpecification(new COSString("payload.exe")));
					addAnnotation(document, attachment);
				}), PdfRejection.EMBEDDED_FILE),
				Arguments.of("text file named .pdf",
						"Dear committee,\nplease find our offer.\n".repeat(50).getBytes(StandardCharsets.UTF_8),
						PdfRejection.NOT_A_PDF),
				Arguments.of("empty file", new byte[0], PdfRejection.NOT_A_PDF),
				Arguments.of("truncated PDF", Arrays.copyOf(FIFTY_PAGES, FIFTY_PAGES.length / 2),
						PdfRejection.CORRUPTED),
				Arguments.of("noise after a PDF header",
						concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), noise), PdfRejection.CORRUPTED),
				Arguments.of("noise between a PDF header and an end marker",
						concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), noise,
								"\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
						PdfRejection.CORRUPTED));
	}

	@Test
	void rejectsAFileJustOverTheSizeLimitAndNamesTheLimit() {
		var limit = new PdfLimits(ONE_PAGE.length - 1, 50, Duration.ofSeconds(10));

		assertThat(inspector.inspect(new ByteArrayInputStream(ONE_PAGE), limit))
			.isEqualTo(new Rejected(PdfRejection.TOO_LARGE, List.of(limit.maxMegabytes())));
		assertThat(inspector.inspect(new ByteArrayInputStream(ONE_PAGE),
				new PdfLimits(ONE_PAGE.length, 50, Duration.ofSeconds(10))))
			.isInstanceOf(Accepted.class);
	}

	@Test
	void stopsReadingAnEndlessUploadRightAfterTheSizeLimit() {
		var endless = new EndlessPdf();

		var inspection = inspector.inspect(endless, new PdfLimits(1024 * 1024, 50, Duration.ofSeconds(10)));

		assertThat(inspection).isEqualTo(new Rejected(PdfRejection.TOO_LARGE, List.of(1.0)));
		assertThat(endless.delivered).isEqualTo(1024 * 1024 + 1);
	}

	@Test
	void stopsReadingAnEndlessUploadThatIsNoPdfAfterItsFirstKilobytes() {
		var endless = new InputStream() {

			long delivered;

			@Override
			public int read() {
				delivered++;
				return 'A';
			}

		};

		assertThat(inspector.inspect(endless)).isEqualTo(new Rejected(PdfRejection.NOT_A_PDF));
		assertThat(endless.delivered).isLessThanOrEqualTo(8192);
	}

	@Test
	void givesUpOnAFileThatTakesTooLongAndStopsParsingIt() {
		var inspection = inspector.inspect(new ByteArrayInputStream(MANY_OBJECTS),
				new PdfLimits(PdfLimits.DEFAULT.maxBytes(), 50, Duration.ofMillis(20)));

		assertThat(inspection).isEqualTo(new Rejected(PdfRejection.TIMED_OUT));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(PdfInspectorTests::isInspecting));
	}

	@Test
	void readsALargeStructureWithinTheDefaultLimits() {
		assertThat(inspector.inspect(new ByteArrayInputStream(MANY_OBJECTS))).isInstanceOf(Accepted.class);
	}

	@Test
	void acceptsAContentStreamThatWouldInflateToHundredsOfMegabytesBecauseItIsNeverDecoded() {
		var bomb = pdf(1, document -> document.getPage(0).setContents(deflatedSpaces(document, BOMB)));

		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThat(inspector.inspect(new ByteArrayInputStream(bomb))).isInstanceOf(Accepted.class);
	}

	@Test
	void rejectsAnObjectStreamThatInflatesFarBeyondWhatItsSizeJustifies() {
		var limits = new PdfLimits(1024 * 1024, 50, Duration.ofSeconds(10));

		assertThat(inspector.inspect(new ByteArrayInputStream(objectStreamFile(1024)), limits))
			.as("the same file without the bomb")
			.isInstanceOf(Accepted.class);
		assertThat(inspector.inspect(new ByteArrayInputStream(objectStreamFile(BOMB)), limits))
			.isEqualTo(new Rejected(PdfRejection.TOO_COMPLEX));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(PdfInspectorTests::isInspecting));
	}

	@Test
	void skipsAnObjectNestedDeeperThanPdfBoxReads() {
		var deep = handmade("/Deep 4 0 R", List.of("[".repeat(100_000) + "]".repeat(100_000)));

		// PDFBox stops at 500 levels and skips the object, as lenient readers do; the page is intact.
		assertThat(inspector.inspect(new ByteArrayInputStream(deep)))
			.isInstanceOfSatisfying(Accepted.class, accepted -> assertThat(accepted.pages()).isEqualTo(1));
	}

	@ParameterizedTest
	@EnumSource(PdfRejection.class)
	void explainsEveryRejectionInEveryLanguage(PdfRejection reason) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/document");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (var language : Language.values()) {
			var message = messages.getMessage(reason.messageKey(), new Object[] { 10.0 }, language.locale());
			assertThat(message).as("%s in %s", reason, language).isNotBlank().doesNotContain("{", "}");
			if (reason == PdfRejection.TOO_LARGE || reason == PdfRejection.TOO_MANY_PAGES) {
				assertThat(message).contains("10");
			}
		}
	}

	private static boolean isInspecting(Thread thread) {
		return thread.getName().startsWith("pdf-inspection-") && thread.isAlive();
	}

	private static void encrypt(PDDocument document, String userPassword) {
		var policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
		policy.setEncryptionKeyLength(128);
		try {
			document.protect(policy);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void addDocumentJavaScript(PDDocument document) {
		var scripts = new PDJavascriptNameTreeNode();
		scripts.setNames(Map.of("greeting", new PDActionJavaScript("app.alert('hello');")));
		var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
		names.setJavascript(scripts);
		document.getDocumentCatalog().setNames(names);
	}

	private static void embedFile(PDDocument document) {
		try {
			var file = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
			var specification = new PDComplexFileSpecification();
			specification.setFile("payload.exe");
			specification.setEmbeddedFile(file);
			var files = new PDEmbeddedFilesNameTreeNode();
			files.setNames(Map.of("payload.exe", specification));
			var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(files);
			document.getDocumentCatalog().setNames(names);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void link(PDDocument document, org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
		var link = new PDAnnotationLink();
		link.setRectangle(new PDRectangle(72, 700, 100, 20));
		link.setAction(action);
		addAnnotation(document, link);
	}

	private static void addAnnotation(PDDocument document,
			org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation) {
		try {
			document.getPage(0).getAnnotations().add(annotation);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A content stream of spaces, compressed: about a thousandth of its inflated size. */
	private static PDStream deflatedSpaces(PDDocument document, long inflatedBytes) {
		try {
			var stream = document.getDocument().createCOSStream();
			try (var raw = stream.createRawOutputStream()) {
				deflateSpaces(raw, new byte[0], inflatedBytes);
			}
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			return new PDStream(stream);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deflateSpaces(java.io.OutputStream out, byte[] prefix, long spaces) throws IOException {
		var deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try (var deflating = new DeflaterOutputStream(out, deflater, 64 * 1024)) {
			deflating.write(prefix);
			var block = new byte[1024 * 1024];
			Arrays.fill(block, (byte) ' ');
			for (long left = spaces; left > 0; left -= block.length) {
				deflating.write(block, 0, (int) Math.min(block.length, left));
			}
		}
		finally {
			deflater.end();
		}
	}

	/**
	 * A PDF 1.5 file whose catalog, page tree and page sit in a compressed object stream, padded with
	 * spaces that inflate to the given size, as PDFBox must inflate the whole stream to read them.
	 */
	private static byte[] objectStreamFile(long padding) {
		try {
			var catalog = "<< /Type /Catalog /Pages 3 0 R >> ";
			var pages = "<< /Type /Pages /Kids [5 0 R] /Count 1 >> ";
			var page = "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >> ";
			var index = "2 0 3 %d 5 %d ".formatted(catalog.length(), catalog.length() + pages.length());
			var objects = (index + catalog + pages + page).getBytes(StandardCharsets.US_ASCII);
			var compressed = new ByteArrayOutputStream();
			deflateSpaces(compressed, objects, padding);

			var file = new ByteArrayOutputStream();
			file.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
			var objectStreamOffset = file.size();
			file.write("1 0 obj\n<< /Type /ObjStm /N 3 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
				.formatted(index.length(), compressed.size())
				.getBytes(StandardCharsets.US_ASCII));
			compressed.writeTo(file);
			file.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
			var xrefOffset = file.size();
			var entries = new ByteArrayOutputStream();
			xrefEntry(entries, 0, 0, 0xFFFF);
			xrefEntry(entries, 1, objectStreamOffset, 0);
			xrefEntry(entries, 2, 1, 0);
			xrefEntry(entries, 2, 1, 1);
			xrefEntry(entries, 1, xrefOffset, 0);
			xrefEntry(entries, 2, 1, 2);
			file.write("4 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 2 0 R /Length %d >>\nstream\n"
				.formatted(entries.size())
				.getBytes(StandardCharsets.US_ASCII));
			entries.writeTo(file);
			file.write("\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n".formatted(xrefOffset)
				.getBytes(StandardCharsets.US_ASCII));
			return file.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void xrefEntry(ByteArrayOutputStream entries, int type, long field2, int field3) {
		entries.write(type);
		for (int shift = 24; shift >= 0; shift -= 8) {
			entries.write((int) (field2 >> shift) & 0xFF);
		}
		entries.write(field3 >> 8 & 0xFF);
		entries.write(field3 & 0xFF);
	}

	/** A one-page PDF whose page refers to a chain of small objects, each referring to the next. */
	private static byte[] chainOfObjects(int count) {
		var last = count + 3;
		return handmade("/Chain 4 0 R", IntStream.rangeClosed(4, last)
			.mapToObj(number -> number < last ? "[" + (number + 1) + " 0 R]" : "[]")
			.toList());
	}

	/**
	 * A one-page PDF written by hand: objects 1 to 3 are the catalog, the page tree and the page with
	 * further entries, then come the given objects, numbered from 4.
	 */
	private static byte[] handmade(String pageEntries, List<String> objects) {
		var bodies = new ArrayList<String>();
		bodies.add("<< /Type /Catalog /Pages 2 0 R >>");
		bodies.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		bodies.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + pageEntries + " >>");
		bodies.addAll(objects);
		var file = new StringBuilder("%PDF-1.7\n");
		var xref = new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f\r\n");
		for (int i = 0; i < bodies.size(); i++) {
			xref.append("%010d 00000 n\r\n".formatted(file.length()));
			file.append(i + 1).append(" 0 obj\n").append(bodies.get(i)).append("\nendobj\n");
		}
		var xrefOffset = file.length();
		file.append(xref)
			.append("trailer\n<< /Size ")
			.append(bodies.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xrefOffset)
			.append("\n%%EOF\n");
		return file.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] concat(byte[]... parts) {
		var out = new ByteArrayOutputStream();
		for (var part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A PDF header followed by bytes that never end. */
	private static final class EndlessPdf extends InputStream {

		private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

		long delivered;

		@Override
		public int read() {
			var next = delivered < HEADER.length ? HEADER[(int) delivered] : ' ';
			delivered++;
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			for (int i = 0; i < length; i++) {
				buffer[offset + i] = (byte) read();
			}
			return length;
		}

	}

}
