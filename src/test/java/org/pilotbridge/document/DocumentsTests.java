package org.pilotbridge.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.pilotbridge.document.Block.BulletList;
import org.pilotbridge.document.Block.Heading;
import org.pilotbridge.document.Block.KeyValue;
import org.pilotbridge.document.Block.KeyValues;
import org.pilotbridge.document.Block.PageBreak;
import org.pilotbridge.document.Block.Paragraph;
import org.pilotbridge.document.Block.Spacer;
import org.pilotbridge.document.Block.Table;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.PdfAssertions;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTests {

	private static final Instant CREATED = Instant.parse("2026-11-25T09:30:15Z");

	private static final String LONG_WORD = "Aanbestedingsdocumentatieverwerkingsmodule".repeat(4);

	private static final String JSON = "{\"proposal\":\"P-2026-0042\",\"price\":\"29500.00 EUR\"}";

	private static final Map<Language, Texts> TEXTS = Map.of(Language.ENGLISH,
			new Texts("Submission receipt", "Item", "Price: €29,500.00",
					"Your proposal was received on time – “thank you”."),
			Language.FRENCH,
			new Texts("Accusé de réception", "Élément", "Prix : 29 500,00 €",
					"Votre proposition a été reçue à l’heure — « merci »."),
			Language.DUTCH,
			new Texts("Ontvangstbewijs", "Onderdeel", "Prijs: € 29.500,00",
					"Uw voorstel werd tijdig ontvangen – ‘bedankt’, één café."),
			Language.GERMAN, new Texts("Eingangsbestätigung", "Größe", "Preis: 29.500,00 €",
					"Ihr Angebot ist fristgerecht eingegangen – „danke“, Grüße."));

	private final Documents documents = new Documents(Clock.fixed(CREATED, ZoneOffset.UTC));

	@ParameterizedTest
	@EnumSource(Language.class)
	void rendersAMultiPageArchivalDocumentInEachLanguage(Language language) throws Exception {
		var texts = TEXTS.get(language);
		var document = receipt(language, texts);

		var pdf = documents.render(document);

		PdfAssertions.assertPdfA3b(pdf);
		var text = PdfAssertions.text(pdf);
		assertThat(text).contains(texts.title(), texts.sentence(), texts.price(), "P-2026-0042", "row 120");
		assertThat(text.replaceAll("\\s+", "")).contains(LONG_WORD);
		try (var loaded = Loader.loadPDF(pdf)) {
			assertThat(loaded.getNumberOfPages()).isGreaterThan(1);
			var catalog = loaded.getDocumentCatalog();
			assertThat(catalog.getLanguage()).isEqualTo(language.code());
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(loaded.getDocumentInformation().getTitle()).isEqualTo(texts.title());
			assertThat(loaded.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(CREATED);
			var xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
			assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
			assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(texts.title());
			assertThat(catalog.getOutputIntents()).singleElement()
				.satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));

			var attached = catalog.getNames().getEmbeddedFiles().getNames().get("receipt.json");
			assertThat(attached.getFileUnicode()).isEqualTo("receipt.json");
			assertThat(attached.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP)).isEqualTo("Data");
			assertThat(attached.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
			assertThat(attached.getEmbeddedFile().toByteArray()).asString(StandardCharsets.UTF_8).isEqualTo(JSON);
			var associated = (COSArray) catalog.getCOSObject().getDictionaryObject(COSName.AF);
			assertThat(associated.getObject(0)).isSameAs(attached.getCOSObject());
		}
	}

	@Test
	void repeatsTheTableHeaderAndNumbersEveryPage() {
		var pdf = documents.render(receipt(Language.ENGLISH, TEXTS.get(Language.ENGLISH)));

		var pages = pageCount(pdf);
		assertThat(pages).isGreaterThanOrEqualTo(3);
		for (int page = 2; page < pages; page++) {
			var text = PdfAssertions.text(pdf, page);
			assertThat(text).as("page %d", page)
				.contains("Quantity")
				.contains(page + " / " + pages)
				.contains("Submission receipt");
		}
	}

	@Test
	void replacesWhatTheFontCannotPrintInsteadOfFailing() {
		var hostile = "Bell\u0007 tab\tnull\u0000 bidi\u202Eevil emoji \uD83D\uDE00 lone \uD800 chinese 中文 end";
		var blocks = List.<Block>of(new Paragraph(hostile), new Heading(1, hostile),
				new KeyValues(List.of(new KeyValue(hostile, hostile))),
				new Table(List.of(hostile), List.of(List.of(hostile))), new BulletList(List.of(hostile)));
		var document = new Document("Title\u0000 with\ncontrol", Language.ENGLISH, "Agency\u0001", blocks);

		var pdf = documents.render(document);

		PdfAssertions.assertPdfA3b(pdf);
		var text = PdfAssertions.text(pdf);
		assertThat(text).contains("Bell tab null bidievil emoji ? lone ? chinese ?? end")
			.doesNotContain("\u0007", "\u0000", "\u202E");
		try (var loaded = Loader.loadPDF(pdf)) {
			assertThat(loaded.getDocumentInformation().getTitle()).isEqualTo("Title with control");
			assertThat(loaded.getDocumentInformation().getAuthor()).isEqualTo("Agency");
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void writesEveryLetterAsItsOwnGlyphWithoutSubstitution() throws IOException {
		var words = "office affluent fjord Schifffahrt";
		var pdf = documents.render(new Document("Letters", Language.ENGLISH, "Tests", List.of(new Paragraph(words))));

		PdfAssertions.assertPdfA3b(pdf);
		assertThat(PdfAssertions.text(pdf)).contains(words);
		try (var scratch = new PDDocument()) {
			assertThat(Typeface.regular(scratch).font().getGsubData())
				.as("no glyph substitution table, so no substitution runs for each line")
				.isSameAs(GsubData.NO_DATA_FOUND);
			assertThat(Typeface.bold(scratch).font().getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
		}
	}

	@Test
	void breaksAWordLongerThanALineAndAnEnormousCellOverPages() {
		var enormous = "x".repeat(40_000);
		var document = new Document("Stress", Language.ENGLISH, "Tests", List.of(new Paragraph(enormous),
				new Table(List.of("A", "B"), List.of(List.of(enormous, "short")), List.of(1f, 3f))));

		var pdf = documents.render(document);

		assertThat(pageCount(pdf)).isGreaterThan(2);
		var printed = PdfAssertions.text(pdf).chars().filter(character -> character == 'x').count();
		assertThat(printed).as("every x of the paragraph and of the cell").isEqualTo(80_000);
	}

	@Test
	void rendersAnEmptyDocumentAsOnePageWithItsTitle() {
		var pdf = documents.render(new Document("Nothing else", Language.DUTCH, "Tests", List.of()));

		PdfAssertions.assertPdfA3b(pdf);
		assertThat(pageCount(pdf)).isEqualTo(1);
		assertThat(PdfAssertions.text(pdf)).contains("Nothing else").contains("1 / 1");
	}

	private static Document receipt(Language language, Texts texts) {
		var blocks = new ArrayList<Block>();
		blocks.add(new KeyValues(List.of(new KeyValue("Reference", "P-2026-0042"),
				new KeyValue("Received", "2026-11-25 10:30:15 Europe/Brussels"),
				new KeyValue("Language", language.nativeName()))));
		blocks.add(new Heading(1, texts.heading()));
		blocks.add(new Paragraph(texts.sentence()));
		blocks.add(new Paragraph(texts.price()));
		blocks.add(new Paragraph("Before " + LONG_WORD + " after."));
		blocks.add(new BulletList(List.of("First criterion, 40 %", "Second criterion, 60 %")));
		blocks.add(new Spacer());
		blocks.add(new Heading(2, "Lines"));
		var rows = new ArrayList<List<String>>();
		for (int row = 1; row <= 120; row++) {
			rows.add(List.of("row " + row, row % 2 == 0 ? texts.sentence() : texts.price(), String.valueOf(row * 3)));
		}
		blocks.add(new Table(List.of("Item", "Description", "Quantity"), rows, List.of(1f, 4f, 1f)));
		blocks.add(new PageBreak());
		blocks.add(new Heading(3, "Annex"));
		blocks.add(new Paragraph("The submitted data is attached to this document."));
		return new Document(texts.title(), language, "Agency for Innovation", blocks,
				List.of(new Attachment("receipt.json", "application/json", JSON.getBytes(StandardCharsets.UTF_8),
						"The submitted data")));
	}

	private static int pageCount(byte[] pdf) {
		try (var loaded = Loader.loadPDF(pdf)) {
			return loaded.getNumberOfPages();
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * What each language's test document says, so that the test can look for it in the
	 * PDF.
	 */
	private record Texts(String title, String heading, String price, String sentence) {
	}

}
