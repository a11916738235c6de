package org.pilotbridge.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a rendered document PDF/A-3b and self-describing: the language, the title
 * shown by readers, matching document information and XMP metadata, the sRGB output
 * intent, and the attachments as associated files of the document.
 */
final class PdfAConformance {

	static final String PRODUCER = "Pilotbridge";

	/**
	 * The sRGB profile that every Java runtime carries, so that no ICC file has to be
	 * shipped.
	 */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private PdfAConformance() {
	}

	static void apply(PDDocument pdf, Document document, Instant created) throws IOException {
		var catalog = pdf.getDocumentCatalog();
		var title = plain(document.title());
		var author = plain(document.author());
		var date = GregorianCalendar.from(created.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));

		pdf.setVersion(1.7f);
		catalog.setLanguage(document.language().code());
		var viewer = new PDViewerPreferences(new COSDictionary());
		viewer.setDisplayDocTitle(true);
		catalog.setViewerPreferences(viewer);

		var information = new PDDocumentInformation();
		information.setTitle(title);
		information.setAuthor(author);
		information.setCreator(PRODUCER);
		information.setProducer(PRODUCER);
		information.setCreationDate(date);
		information.setModificationDate(date);
		pdf.setDocumentInformation(information);

		var metadata = new PDMetadata(pdf);
		metadata.importXMPMetadata(xmp(title, author, document.language().code(), date));
		catalog.setMetadata(metadata);

		var intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);

		attach(pdf, document, date);
	}

	private static byte[] xmp(String title, String author, String language, Calendar date) throws IOException {
		var xmp = XMPMetadata.createXMPMetadata();
		var dublinCore = xmp.createAndAddDublinCoreSchema();
		dublinCore.setTitle(title);
		dublinCore.addCreator(author);
		dublinCore.addLanguage(language);
		var basic = xmp.createAndAddXMPBasicSchema();
		basic.setCreatorTool(PRODUCER);
		basic.setCreateDate(date);
		basic.setModifyDate(date);
		xmp.createAndAddAdobePDFSchema().setProducer(PRODUCER);
		var identification = xmp.createAndAddPDFAIdentificationSchema();
		identification.setPart(3);
		try {
			identification.setConformance("B");
			var out = new ByteArrayOutputStream();
			// The JDK's own XML factories: XmpSerializer() looks them up through the
			// service loader, which searches every jar of the class path on each call, a
			// fifth of a receipt's rendering.
			new XmpSerializer(TransformerFactory.newDefaultInstance(), DocumentBuilderFactory.newDefaultInstance())
				.serialize(xmp, out, true);
			return out.toByteArray();
		}
		catch (BadFieldValueException | TransformerException e) {
			throw new IOException("Could not write the XMP metadata", e);
		}
	}

	/**
	 * Embeds each attachment, lists it in the document's embedded files (so that readers
	 * offer it) and associates it with the document ({@code /AF}), as PDF/A-3 requires.
	 */
	private static void attach(PDDocument pdf, Document document, Calendar date) throws IOException {
		if (document.attachments().isEmpty()) {
			return;
		}
		var byName = new LinkedHashMap<String, PDComplexFileSpecification>();
		var associated = new COSArray();
		for (var attachment : document.attachments()) {
			var content = attachment.content();
			var file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(content), COSName.FLATE_DECODE);
			file.setSubtype(attachment.mimeType());
			file.setSize(content.length);
			file.setCreationDate(date);
			file.setModDate(date);

			var name = plain(attachment.fileName());
			var specification = new PDComplexFileSpecification();
			specification.setFile(SafeFileName.of(name).value());
			specification.setFileUnicode(name);
			specification.setFileDescription(plain(attachment.description()));
			specification.setEmbeddedFile(file);
			specification.setEmbeddedFileUnicode(file);
			specification.getCOSObject().setName(COSName.AF_RELATIONSHIP, "Data");

			byName.put(uniqueKey(byName, name), specification);
			associated.add(specification);
		}
		var tree = new PDEmbeddedFilesNameTreeNode();
		tree.setNames(new TreeMap<>(byName));
		var names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
		names.setEmbeddedFiles(tree);
		pdf.getDocumentCatalog().setNames(names);
		pdf.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
	}

	private static String uniqueKey(Map<String, ?> taken, String name) {
		var key = name;
		for (int i = 2; taken.containsKey(key); i++) {
			key = name + " (" + i + ")";
		}
		return key;
	}

	/** Text for metadata: one line, no control or invisible formatting characters. */
	static String plain(String text) {
		var plain = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (Character.isWhitespace(codePoint)) {
				plain.append(' ');
			}
			else if (!Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.FORMAT
					&& Character.getType(codePoint) != Character.SURROGATE) {
				plain.appendCodePoint(codePoint);
			}
		});
		return plain.toString().strip().replaceAll(" {2,}", " ");
	}

}
