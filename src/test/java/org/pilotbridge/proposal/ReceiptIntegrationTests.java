package org.pilotbridge.proposal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import org.pilotbridge.challenge.ChallengeSummary;
import org.pilotbridge.shared.Language;
import org.pilotbridge.shared.Money;
import org.pilotbridge.test.PdfAssertions;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestMail;
import org.pilotbridge.test.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every submitted version has a PDF/A-3b receipt in the submitter's language that states
 * the challenge, the company, the time of receipt in the official zone and in UTC, the
 * version, the digest and the files, and carries the canonical form the digest is
 * computed over; the submitter receives it by e-mail, once per version.
 */
class ReceiptIntegrationTests extends ProposalIntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	TestBidding.Agency agency;

	ChallengeSummary challenge;

	@BeforeEach
	void aChallenge() {
		TestMail.purge();
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

	@Test
	void mailsEachReceiptToItsSubmitterOnceWithThePdfAttached(Scenario scenario) throws Exception {
		var company = bidding.company(agency, Language.FRENCH);
		var proposal = bidding.proposal(company, challenge, bidding.complete(challenge));
		var event = new AtomicReference<ProposalSubmitted>();

		scenario.stimulate(() -> as(company.owner(), company.id(), () -> management.submit(proposal)))
			.andWaitForEventOfType(ProposalSubmitted.class)
			.matching(submitted -> submitted.proposal().equals(proposal))
			.toArriveAndVerify(event::set);

		var subject = "Accusé de réception de votre proposition pour " + challenge.reference() + " (version 1)";
		var mail = TestMail.awaitMail(company.ownerEmail(), subject);
		var pdfs = pdfParts(mail);
		assertThat(pdfs).singleElement().satisfies(part -> {
			assertThat(part.getFileName()).isEqualTo("receipt-" + challenge.reference() + "-v1.pdf");
			assertThat(part.getContentType()).startsWith("application/pdf");
			assertThat(part.getInputStream().readAllBytes())
				.isEqualTo(as(company.owner(), company.id(), () -> query.receipt(proposal, 1)).pdf());
		});
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replace("=\r\n", ""))
			.contains(event.get().digest().substring(0, 20));

		transactions.executeWithoutResult(status -> events.publishEvent(event.get()));
		awaitEventsOf(proposal);
		await().until(() -> pendingMailsTo(company.ownerEmail()) == 0);
		assertThat(TestMail.to(company.ownerEmail())).filteredOn(message -> TestMail.subject(message).equals(subject))
			.hasSize(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM outgoing_mail_attachment a JOIN outgoing_mail m ON m.id = a.mail_id
				WHERE m.recipient = ?
				""").param(company.ownerEmail()).query(Long.class).single()).as("attachments are not kept once sent")
			.isZero();

		var form = as(company, () -> query.editable(proposal));
		as(company, () -> management.saveDraft(proposal, form.version(),
				form.content().toBuilder().price(Money.euros("17000")).build()));
		as(company.owner(), company.id(), () -> management.submit(proposal));
		var second = TestMail.awaitMail(company.ownerEmail(),
				"Accusé de réception de votre proposition pour " + challenge.reference() + " (version 2)");
		assertThat(pdfParts(second)).singleElement()
			.satisfies(part -> assertThat(part.getFileName()).endsWith("-v2.pdf"));
	}

	private long pendingMailsTo(String address) {
		return jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE recipient = ? AND status = 'PENDING'")
			.param(address)
			.query(Long.class)
			.single();
	}

	private static List<Part> pdfParts(MimeMessage message) {
		try {
			var found = new ArrayList<Part>();
			collect(message, found);
			return found;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void collect(Part part, List<Part> found) throws Exception {
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), found);
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			found.add(part);
		}
	}

}
