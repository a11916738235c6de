package org.pilotbridge.proposal;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.pilotbridge.document.Attachment;
import org.pilotbridge.document.Block;
import org.pilotbridge.document.Block.Heading;
import org.pilotbridge.document.Block.KeyValue;
import org.pilotbridge.document.Block.KeyValues;
import org.pilotbridge.document.Block.Paragraph;
import org.pilotbridge.document.Block.Table;
import org.pilotbridge.document.Document;
import org.pilotbridge.document.Documents;
import org.pilotbridge.document.SafeFileName;

/**
 * Lays out the receipt of a submitted version in the submitter's language, from what the
 * version stored alone, with its canonical form embedded as a PDF/A-3 associated file:
 * whoever holds the receipt can recompute the digest.
 */
@Component
class ReceiptRenderer {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS '('xxx')'");

	private final Documents documents;

	private final MessageSource messages;

	ReceiptRenderer(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	static SafeFileName fileName(String challengeReference, int version) {
		return SafeFileName.ofPdf("receipt-" + challengeReference + "-v" + version);
	}

	static String dataFileName(String challengeReference, int version) {
		return "proposal-" + challengeReference + "-v" + version + ".json";
	}

	byte[] render(ProposalVersions.StoredVersion version, Snapshot.Frozen frozen, List<ProposalAttachment> files) {
		var locale = version.language().locale();
		var zone = frozen.timeZone();
		var local = version.receivedAt().atZone(zone);
		var company = frozen.company();
		var facts = new ArrayList<KeyValue>();
		facts.add(row(locale, "proposal.receipt.challenge",
				frozen.challengeReference() + " – " + frozen.challengeTitle()));
		facts.add(row(locale, "proposal.receipt.agency", frozen.agencyName()));
		facts.add(row(locale, "proposal.receipt.company", company.name()));
		facts.add(row(locale, "proposal.receipt.enterprise-number",
				company.enterpriseNumber() == null ? "–" : company.enterpriseNumber()));
		facts.add(row(locale, "proposal.receipt.address", String.join(", ", company.street(),
				(company.postalCode() + " " + company.city()).strip(), company.country())));
		facts.add(row(locale, "proposal.receipt.submitted-by", frozen.submitterName()));
		facts.add(new KeyValue(text(locale, "proposal.receipt.received-at", zone.getId()),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(local) + ", "
						+ TIME.format(local)));
		facts.add(row(locale, "proposal.receipt.received-at-utc", Snapshot.utc(version.receivedAt())));
		facts.add(row(locale, "proposal.receipt.version", String.valueOf(version.number())));
		facts.add(row(locale, "proposal.receipt.digest", version.digest()));
		if (version.unverifiedCompany()) {
			facts.add(row(locale, "proposal.receipt.verification", text(locale, "proposal.receipt.unverified")));
		}
		var dataFile = dataFileName(frozen.challengeReference(), version.number());
		var blocks = new ArrayList<Block>();
		blocks.add(new Paragraph(text(locale, "proposal.receipt.intro")));
		blocks.add(new KeyValues(facts));
		blocks.add(new Heading(2, text(locale, "proposal.receipt.attachments")));
		if (files.isEmpty()) {
			blocks.add(new Paragraph(text(locale, "proposal.receipt.no-attachments")));
		}
		else {
			blocks.add(new Table(List.of(text(locale, "proposal.receipt.attachment.name"),
					text(locale, "proposal.receipt.attachment.pages"), text(locale, "proposal.receipt.attachment.size"),
					text(locale, "proposal.receipt.attachment.digest")),
					files.stream()
						.map(file -> List.of(file.fileName(), String.valueOf(file.pages()),
								text(locale, "proposal.receipt.size", file.size() / (1024.0 * 1024.0)), file.sha256()))
						.toList(),
					List.of(3f, 1f, 1.2f, 4.5f)));
		}
		blocks.add(new Heading(2, text(locale, "proposal.receipt.check")));
		blocks.add(new Paragraph(text(locale, "proposal.receipt.check.text", dataFile)));
		blocks.add(new Paragraph(text(locale, "proposal.receipt.sealed")));
		var title = text(locale, "proposal.receipt.title", frozen.challengeReference(), version.number());
		return documents.render(new Document(title, version.language(), "Pilotbridge", blocks,
				List.of(new Attachment(dataFile, "application/json",
						version.canonicalForm().getBytes(StandardCharsets.UTF_8),
						text(locale, "proposal.receipt.data-description")))));
	}

	private KeyValue row(Locale locale, String key, String value) {
		return new KeyValue(text(locale, key), value);
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
