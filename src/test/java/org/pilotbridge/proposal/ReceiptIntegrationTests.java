package org.pilotbridge.proposal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.shared.Language;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every submitted version has a PDF/A-3b receipt in the submitter's language that states the
 * challenge, the company, the time of receipt in the official zone and in UTC, the version, the
 * digest and the files, and carries the canonical form the digest is computed over.
 */
class ReceiptIntegrationTests extends ProposalIntegrationTest {

	TestBidding.Agency agency;

	ChallengeSummary challenge;

	@BeforeEach
	void aChallenge() {
		agency = bidding.agency();
		challenge = bidding.challenge(agency);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void issuesAnArchivableReceiptInTheSubmittersLanguage(Language language) throws IOException {
		var company = bidding.company(agency, language);
		var proposal = bidding.proposal(company, challenge, bidding.complete(challenge));
		var file = bidding.attach(company, proposal, "Étude de faisabilité.pdf", TestPdfs.pages(4));
		var version = as(company, () -> management.submit(proposal));

		var receipt = as(company, () -> query.receipt(proposal, 1));

		PdfAssertions.assertPdfA3b(receipt.pdf());
		assertThat(receipt.language()).isEqualTo(language);
		assertThat(receipt.fileName().value()).isEqualTo("receipt-" + challenge.reference() + "-v1.pdf");
		var text = PdfAssertions.text(receipt.pdf());
		var compact = text.replaceAll("\\s+", "");
		assertThat(compact).contains(version.digest(), file.sha256(), Snapshot.utc(version.receivedAt()),
				challenge.reference(), company.name().replaceAll("\\s+", ""), "Étudedefaisabilité.pdf");
		assertThat(text).contains(challenge.timeZone().getId(),
				version.receivedAt().atZone(challenge.timeZone()).toLocalTime().toString().substring(0, 5));
		assertThat(text).contains(switch (language) {
			case ENGLISH -> "receipt of the proposal";
			case FRENCH -> "accusé de réception de la proposition";
			case DUTCH -> "ontvangstbewijs van het voorstel";
			case GERMAN -> "Eingangsbestätigung des Vorschlags";
		});
		try (var pdf = Loader.loadPDF(receipt.pdf())) {
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(language.code());
			var embedded = pdf.getDocumentCatalog()
				.getNames()
				.getEmbeddedFiles()
				.getNames()
				.get("proposal-" + challenge.reference() + "-v1.json");
			var json = new String(embedded.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
			assertThat(CanonicalJson.sha256(json)).isEqualTo(version.digest());
			assertThat(json).contains("\"sha256\":\"" + file.sha256() + "\"");
		}
	}

	@Test
	void keepsTheFirstRenderingSoThatEveryDownloadIsTheSame() {
		var company = bidding.company(agency, Language.ENGLISH);
		var proposal = bidding.proposal(company, challenge, bidding.complete(challenge));
		as(company, () -> management.submit(proposal));

		var first = as(company, () -> query.receipt(proposal, 1)).pdf();
		clock.advance(java.time.Duration.ofHours(1));
		var second = as(company.owner(), company.id(), () -> query.receipt(proposal, 1)).pdf();

		assertThat(second).isEqualTo(first);
	}

}
