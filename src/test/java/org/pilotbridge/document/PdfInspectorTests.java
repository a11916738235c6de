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

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
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
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionEmbeddedGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionMovie;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSound;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDDocumentCatalogAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
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
 * The files are made here with PDFBox, or by hand where PDFBox would refuse to write
 * them.
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
		assertThat(inspector.inspect(new ByteArrayInputStream(FIFTY_PAGES))).isInstanceOfSatisfying(Accepted.class,
				accepted -> assertThat(accepted.pages()).isEqualTo(50));

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

	@ParameterizedTest(name = "{0}")
	@MethodSource("filesReachingOutside")
	void rejectsActionsThatReachOutsideTheFileWhereverAReaderFindsThem(String description, byte[] file) {
		assertThat(inspector.inspect(new ByteArrayInputStream(file))).as(description)
			.isEqualTo(new Rejected(PdfRejection.OUTSIDE_ACTION));
	}

	static Stream<Arguments> filesReachingOutside() {
		return Stream.of(
				Arguments.of("the document opens another PDF",
						pdf(1, document -> document.getDocumentCatalog().setOpenAction(remoteGoTo("invoice.pdf")))),
				Arguments.of("the document opens a web address when it closes", pdf(1, document -> {
					var actions = new PDDocumentCatalogAdditionalActions(new COSDictionary());
					actions.setWC(uri("https://tracker.example/closed"));
					document.getDocumentCatalog().getCOSObject().setItem(COSName.AA, actions);
				})), Arguments.of("a page sends a form when it opens", pdf(1, document -> {
					var actions = new PDPageAdditionalActions();
					var submit = new PDActionSubmitForm();
					submit.setFile(new PDSimpleFileSpecification(new COSString("https://collector.example/")));
					actions.setO(submit);
					document.getPage(0).setActions(actions);
				})),
				Arguments.of("a link to a web address",
						pdf(1, document -> link(document, uri("https://phishing.example")))),
				Arguments.of("a note that imports data when the pointer enters it", pdf(1, document -> {
					var note = new PDAnnotationText();
					note.setRectangle(new PDRectangle(50, 50, 20, 20));
					var actions = new PDAnnotationAdditionalActions();
					var importData = new PDActionImportData();
					importData.setFile(new PDSimpleFileSpecification(new COSString("data.fdf")));
					actions.setE(importData);
					note.getCOSObject().setItem(COSName.AA, actions);
					addAnnotation(document, note);
				})), Arguments.of("a bookmark going to a file embedded elsewhere", pdf(1, document -> {
					var outline = new PDDocumentOutline();
					var item = new PDOutlineItem();
					item.setTitle("Annex");
					var embedded = new PDActionEmbeddedGoTo();
					embedded.setFile(new PDSimpleFileSpecification(new COSString("annex.pdf")));
					item.setAction(embedded);
					outline.addLast(item);
					document.getDocumentCatalog().setDocumentOutline(outline);
				})), Arguments.of("a form field that plays a rendition when it is formatted", pdf(1, document -> {
					var form = new PDAcroForm(document);
					document.getDocumentCatalog().setAcroForm(form);
					var field = new PDTextField(form);
					field.setPartialName("price");
					var widget = field.getWidgets().get(0);
					widget.setRectangle(new PDRectangle(50, 600, 200, 20));
					widget.setPage(document.getPage(0));
					addAnnotation(document, widget);
					form.getFields().add(field);
					var actions = new PDFormFieldAdditionalActions();
					actions.setF(action("Rendition"));
					field.getCOSObject().setItem(COSName.AA, actions);
				})), Arguments.of("a button that plays a sound", pdf(1, document -> {
					var widget = new PDAnnotationWidget();
					widget.setRectangle(new PDRectangle(50, 50, 20, 20));
					widget.setAction(new PDActionSound());
					addAnnotation(document, widget);
				})), Arguments.of("a link that plays a movie", pdf(1, document -> link(document, new PDActionMovie()))),
				Arguments.of("an internal link whose next action opens a web address", pdf(1, document -> {
					var goTo = new PDActionGoTo();
					goTo.setNext(List.of(uri("https://tracker.example/next")));
					link(document, goTo);
				})));
	}

	@Test
	void refusesAFileWithAnythingBeforeItsHeader() {
		var html = concat("<html><body><script>alert(1)</script></body></html>\n".getBytes(StandardCharsets.US_ASCII),
				ONE_PAGE);
		var space = concat(new byte[] { ' ' }, ONE_PAGE);

		assertThat(inspector.inspect(new ByteArrayInputStream(html))).as("a web page that is also a PDF")
			.isEqualTo(new Rejected(PdfRejection.DATA_BEFORE_HEADER));
		assertThat(inspector.inspect(new ByteArrayInputStream(space))).as("one space before the header")
			.isEqualTo(new Rejected(PdfRejection.DATA_BEFORE_HEADER));
		assertThat(inspector.inspect(new ByteArrayInputStream(ONE_PAGE))).isInstanceOf(Accepted.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pageTreesThatAreNoTrees")
	void refusesAPageTreeThatIsNoTree(String description, byte[] file) {
		assertThat(inspector.inspect(new ByteArrayInputStream(file))).as(description)
			.isEqualTo(new Rejected(PdfRejection.CORRUPTED));
	}

	static Stream<Arguments> pageTreesThatAreNoTrees() {
		return Stream.of(
				Arguments.of("a node among its own kids",
						PdfInspectorFuzzTests.handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>",
								"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
								"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"))),
				Arguments.of("a grandchild whose kids lead back to the root",
						PdfInspectorFuzzTests.handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>",
								"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
								"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 2 >>",
								"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>"))),
				Arguments.of("one page under two parents",
						PdfInspectorFuzzTests.handmade(List.of("<< /Type /Catalog /Pages 2 0 R >>",
								"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
								"<< /Type /Pages /Parent 2 0 R /Kids [5 0 R] /Count 1 >>",
								"<< /Type /Pages /Parent 2 0 R /Kids [5 0 R] /Count 1 >>",
								"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>"))));
	}

	@Test
	void rejectsAFileOfAFewHundredKilobytesThatInflatesToHalfAGigabyte() {
		var bomb = pdf(1, document -> document.getPage(0).setContents(deflatedSpaces(document, 500L << 20)));

		assertThat(bomb.length).isLessThan(600 * 1024);
		assertThat(inspector.inspect(new ByteArrayInputStream(bomb)))
			.isEqualTo(new Rejected(PdfRejection.INFLATES_TOO_MUCH, List.of(320.0)));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(PdfInspectorTests::isInspecting));
	}

	@Test
	void unpacksStreamsIntoACountNeverIntoMemory() {
		// With a 1 MB limit, unpacking is bounded at 32 MB and parsing may allocate 64
		// MB: a 256 MB stream unpacked into memory would be refused for the memory, not
		// for the bound.
		var limits = new PdfLimits(1024 * 1024, 50, Duration.ofSeconds(10));
		var bomb = pdf(1, document -> document.getPage(0).setContents(deflatedSpaces(document, BOMB)));

		assertThat(inspector.inspect(new ByteArrayInputStream(bomb), limits))
			.isEqualTo(new Rejected(PdfRejection.INFLATES_TOO_MUCH, List.of(32.0)));
	}

	@Test
	void boundsWhatAllTheStreamsUnpackToTogether() {
		var limits = new PdfLimits(1024 * 1024, 50, Duration.ofSeconds(10));
		var within = pdf(2, document -> {
			document.getPage(0).setContents(deflatedSpaces(document, 15L << 20));
			document.getPage(1).setContents(deflatedSpaces(document, 15L << 20));
		});
		var beyond = pdf(3, document -> {
			for (var page : document.getPages()) {
				page.setContents(deflatedSpaces(document, 15L << 20));
			}
		});

		assertThat(inspector.inspect(new ByteArrayInputStream(within), limits)).isInstanceOf(Accepted.class);
		assertThat(inspector.inspect(new ByteArrayInputStream(beyond), limits))
			.isEqualTo(new Rejected(PdfRejection.INFLATES_TOO_MUCH, List.of(32.0)));
	}

	@Test
	void unpacksEveryFilterOfAStreamCompressedTwice() {
		var limits = new PdfLimits(1024 * 1024, 50, Duration.ofSeconds(10));
		var twice = pdf(1, document -> {
			try {
				var inner = new ByteArrayOutputStream();
				deflateSpaces(inner, new byte[0], 256L << 20);
				var outer = new ByteArrayOutputStream();
				try (var deflating = new DeflaterOutputStream(outer)) {
					inner.writeTo(deflating);
				}
				var stream = document.getDocument().createCOSStream();
				try (var raw = stream.createRawOutputStream()) {
					outer.writeTo(raw);
				}
				stream.setItem(COSName.FILTER, new COSArray(List.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE)));
				document.getPage(0).setContents(new PDStream(stream));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});

		assertThat(inspector.inspect(new ByteArrayInputStream(twice), limits))
			.isEqualTo(new Rejected(PdfRejection.INFLATES_TOO_MUCH, List.of(32.0)));
	}

	@ParameterizedTest
	@EnumSource(value = PdfRejection.class, names = { "DATA_BEFORE_HEADER", "OUTSIDE_ACTION", "INFLATES_TOO_MUCH" })
	void explainsTheNewRejectionsInEveryLanguage(PdfRejection reason) {
		var expected = Map.of(
				PdfRejection.DATA_BEFORE_HEADER, Map.of(Language.ENGLISH, "does not start with the PDF header",
						Language.FRENCH, "ne commence pas par l’en-tête PDF", Language.DUTCH,
						"begint niet met de pdf-kop", Language.GERMAN, "beginnt nicht mit dem PDF-Kopf"),
				PdfRejection.OUTSIDE_ACTION,
				Map.of(Language.ENGLISH, "reaches outside it", Language.FRENCH, "mène hors du document", Language.DUTCH,
						"buiten het bestand reikt", Language.GERMAN, "aus der Datei hinausführt"),
				PdfRejection.INFLATES_TOO_MUCH,
				Map.of(Language.ENGLISH, "unpack to more than 320 MB", Language.FRENCH,
						"se décompressent en plus de 320 Mo", Language.DUTCH, "pakken uit tot meer dan 320 MB",
						Language.GERMAN, "entpacken sich auf mehr als 320 MB"));
		for (var language : Language.values()) {
			assertThat(messages().getMessage(reason.messageKey(), new Object[] { 320.0 }, language.locale()))
				.as("%s in %s", reason, language)
				.contains(expected.get(reason).get(language));
		}
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

		// PDFBox stops at 500 levels and skips the object, as lenient readers do; the
		// page is intact.
		assertThat(inspector.inspect(new ByteArrayInputStream(deep))).isInstanceOfSatisfying(Accepted.class,
				accepted -> assertThat(accepted.pages()).isEqualTo(1));
	}

	@ParameterizedTest
	@EnumSource(PdfRejection.class)
	void explainsEveryRejectionInEveryLanguage(PdfRejection reason) {
		for (var language : Language.values()) {
			var message = messages().getMessage(reason.messageKey(), new Object[] { 10.0 }, language.locale());
			assertThat(message).as("%s in %s", reason, language).isNotBlank().doesNotContain("{", "}");
			if (reason == PdfRejection.TOO_LARGE || reason == PdfRejection.TOO_MANY_PAGES
					|| reason == PdfRejection.INFLATES_TOO_MUCH) {
				assertThat(message).contains("10");
			}
		}
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/document");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static PDActionRemoteGoTo remoteGoTo(String file) {
		var remote = new PDActionRemoteGoTo();
		remote.setFile(new PDSimpleFileSpecification(new COSString(file)));
		return remote;
	}

	private static PDActionURI uri(String address) {
		var uri = new PDActionURI();
		uri.setURI(address);
		return uri;
	}

	/** An action of a type PDFBox has no class for. */
	private static PDAction action(String type) {
		var dictionary = new COSDictionary();
		dictionary.setItem(COSName.TYPE, COSName.getPDFName("Action"));
		dictionary.setItem(COSName.S, COSName.getPDFName(type));
		return new PDAction(dictionary) {
		};
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

	private static void link(PDDocument document, PDAction action) {
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

	/**
	 * A content stream of spaces, compressed: about a thousandth of its inflated size.
	 */
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
	 * A PDF 1.5 file whose catalog, page tree and page sit in a compressed object stream,
	 * padded with spaces that inflate to the given size, as PDFBox must inflate the whole
	 * stream to read them.
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

	/**
	 * A one-page PDF whose page refers to a chain of small objects, each referring to the
	 * next.
	 */
	private static byte[] chainOfObjects(int count) {
		var last = count + 3;
		return handmade("/Chain 4 0 R",
				IntStream.rangeClosed(4, last)
					.mapToObj(number -> number < last ? "[" + (number + 1) + " 0 R]" : "[]")
					.toList());
	}

	/**
	 * A one-page PDF written by hand: objects 1 to 3 are the catalog, the page tree and
	 * the page with further entries, then come the given objects, numbered from 4.
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
