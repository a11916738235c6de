package org.pilotbridge.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import static org.assertj.core.api.Assertions.fail;

/**
 * One-call checks of generated PDFs for any module's tests: conformance to PDF/A-3b as
 * veraPDF, the reference validator, sees it, and the text a reader would extract.
 */
public final class PdfAssertions {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfAssertions() {
	}

	/**
	 * Fails with every failed rule (clause, test number, description, where) unless the
	 * PDF is PDF/A-3b.
	 */
	public static void assertPdfA3b(byte[] pdf) {
		var foundry = Foundries.defaultInstance();
		try (var parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
				var validator = foundry.createValidator(PDFAFlavour.PDFA_3_B, false)) {
			var result = validator.validate(parser);
			if (!result.isCompliant()) {
				var failures = result.getTestAssertions()
					.stream()
					.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
					.map(assertion -> "%s-%d %s (at %s)".formatted(assertion.getRuleId().getClause(),
							assertion.getRuleId().getTestNumber(), assertion.getMessage(),
							assertion.getLocation().getContext()))
					.distinct()
					.collect(Collectors.joining("\n  "));
				fail("Not PDF/A-3b:\n  " + failures);
			}
		}
		catch (Exception e) {
			throw new AssertionError("veraPDF could not validate the PDF", e);
		}
	}

	/** The text of all pages, as PDFBox extracts it. */
	public static String text(byte[] pdf) {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text of one page (counted from 1). */
	public static String text(byte[] pdf, int page) {
		try (var document = Loader.loadPDF(pdf)) {
			var stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
