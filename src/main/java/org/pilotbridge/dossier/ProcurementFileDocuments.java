package org.pilotbridge.dossier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.pilotbridge.audit.AuditExcerpt;
import org.pilotbridge.challenge.PublicChallenge;
import org.pilotbridge.document.Attachment;
import org.pilotbridge.document.Block;
import org.pilotbridge.document.Block.Heading;
import org.pilotbridge.document.Block.KeyValue;
import org.pilotbridge.document.Block.KeyValues;
import org.pilotbridge.document.Block.Paragraph;
import org.pilotbridge.document.Block.Table;
import org.pilotbridge.document.Document;
import org.pilotbridge.document.Documents;
import org.pilotbridge.shared.Language;

/**
 * The procurement file's own PDF/A documents, in the reader's language: the challenge
 * sheet (the challenge as published and amended, with its change log and answers) and the
 * index of the file.
 */
@Component
class ProcurementFileDocuments {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private final Documents documents;

	private final MessageSource messages;

	ProcurementFileDocuments(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	byte[] challengeSheet(PublicChallenge challenge, Language language) {
		var locale = language.locale();
		var zone = challenge.timeZone();
		var blocks = new ArrayList<Block>();
		blocks.add(new KeyValues(List.of(row(locale, "dossier.sheet.reference", challenge.reference()),
				row(locale, "dossier.sheet.agency", challenge.agencyName()),
				row(locale, "dossier.sheet.published-at", time(challenge.publishedAt(), zone, locale)),
				row(locale, "dossier.sheet.questions-deadline", time(challenge.questionsDeadline(), zone, locale)),
				row(locale, "dossier.sheet.proposals-deadline", time(challenge.proposalsDeadline(), zone, locale)),
				row(locale, "dossier.sheet.closed-at", time(challenge.closedAt(), zone, locale)),
				row(locale, "dossier.sheet.budget", challenge.budgetCap().format(locale)),
				row(locale, "dossier.sheet.pilots", String.valueOf(challenge.pilotsToAward())),
				row(locale, "dossier.sheet.standstill", String.valueOf(challenge.standstillDays())),
				row(locale, "dossier.sheet.cpv",
						String.join(", ", challenge.cpvCodes().stream().map(entry -> entry.code()).toList())))));
		section(blocks, locale, "dossier.sheet.summary", challenge.summary());
		section(blocks, locale, "dossier.sheet.problem", plain(challenge.problemStatementHtml()));
		section(blocks, locale, "dossier.sheet.context", plain(challenge.contextHtml()));
		section(blocks, locale, "dossier.sheet.outcome", plain(challenge.expectedOutcomeHtml()));
		section(blocks, locale, "dossier.sheet.constraints", plain(challenge.constraintsHtml()));
		blocks.add(new Heading(1, text(locale, "dossier.sheet.criteria")));
		blocks.add(new Table(
				List.of(text(locale, "dossier.sheet.criterion"), text(locale, "dossier.sheet.weight"),
						text(locale, "dossier.sheet.type")),
				challenge.criteria()
					.stream()
					.map(criterion -> List.of(criterion.name(), criterion.weight() + " %", criterion.type().name()))
					.toList(),
				List.of(4f, 1f, 2f)));
		blocks.add(new Heading(1, text(locale, "dossier.sheet.change-log")));
		if (challenge.changeLog().isEmpty()) {
			blocks.add(new Paragraph(text(locale, "dossier.sheet.no-amendment")));
		}
		else {
			blocks.add(new Table(
					List.of(text(locale, "dossier.sheet.amended-at"), text(locale, "dossier.sheet.reason"),
							text(locale, "dossier.sheet.changed-fields"), text(locale, "dossier.sheet.new-deadline")),
					challenge.changeLog()
						.stream()
						.map(entry -> List.of(time(entry.amendedAt(), zone, locale), entry.reason(),
								changedFields(entry.changedFields(), locale), time(entry.newDeadline(), zone, locale)))
						.toList(),
					List.of(2f, 3f, 3f, 2f)));
		}
		blocks.add(new Heading(1, text(locale, "dossier.sheet.answers")));
		var answers = challenge.answers();
		if (answers.isEmpty()) {
			blocks.add(new Paragraph(text(locale, "dossier.sheet.no-answer")));
		}
		for (var answer : answers) {
			blocks.add(new Heading(2, answer.question()));
			blocks.add(new Paragraph(plain(answer.answerHtml())));
			blocks
				.add(new Paragraph(text(locale, "dossier.sheet.answered-at", time(answer.answeredAt(), zone, locale))));
		}
		return documents
			.render(new Document(text(locale, "dossier.sheet.title", challenge.reference(), challenge.title()),
					language, challenge.agencyName(), blocks));
	}

	/**
	 * The index: what the file is, the state of the audit chain, and every part with its
	 * path and SHA-256, or why it is absent. The list is embedded as JSON too, for
	 * programs.
	 */
	byte[] index(String reference, String title, String agency, String downloadedBy, Instant at, ZoneId zone,
			List<FileParts.Part> parts, AuditExcerpt audit, byte[] manifest, Language language) {
		var locale = language.locale();
		var blocks = new ArrayList<Block>();
		blocks.add(new Paragraph(text(locale, "dossier.index.intro", reference, title, agency, time(at, zone, locale),
				time(at, ZoneOffset.UTC, locale), downloadedBy, zone.getId())));
		blocks.add(new Heading(1, text(locale, "dossier.index.chain")));
		blocks.add(new Paragraph(audit.lastIntact()
			.map(checkpoint -> text(locale, "dossier.index.chain-intact", time(checkpoint.verifiedAt(), zone, locale),
					time(checkpoint.verifiedAt(), ZoneOffset.UTC, locale), checkpoint.entriesChecked(),
					String.valueOf(checkpoint.entryNumber()), checkpoint.entryHash(), zone.getId()))
			.orElseGet(() -> text(locale, "dossier.index.chain-never"))));
		audit.latestVerification()
			.filter(verification -> !verification.intact())
			.ifPresent(broken -> blocks
				.add(new Paragraph(text(locale, "dossier.index.chain-broken", time(broken.verifiedAt(), zone, locale),
						String.valueOf(broken.firstBrokenEntry()), zone.getId()))));
		blocks.add(new Paragraph(text(locale, "dossier.index.audit", audit.entries().size())));
		blocks.add(new Heading(1, text(locale, "dossier.index.parts")));
		blocks.add(new Table(
				List.of(text(locale, "dossier.index.part"), text(locale, "dossier.index.path"),
						text(locale, "dossier.index.sha256")),
				parts.stream()
					.map(part -> List.of(part.description(),
							part.path() == null ? text(locale, "dossier.index.absent", String.valueOf(part.absence()))
									: part.path(),
							part.sha256() == null ? "–" : part.sha256()))
					.toList(),
				List.of(4f, 4f, 3f)));
		return documents.render(new Document(text(locale, "dossier.index.title", reference), language, agency, blocks,
				List.of(new Attachment("parts.json", "application/json", manifest,
						text(locale, "dossier.index.manifest")))));
	}

	private void section(List<Block> blocks, Locale locale, String heading, String text) {
		if (!text.isBlank()) {
			blocks.add(new Heading(1, text(locale, heading)));
			blocks.add(new Paragraph(text));
		}
	}

	private KeyValue row(Locale locale, String key, String value) {
		return new KeyValue(text(locale, key), value);
	}

	/**
	 * The changed fields as the challenge editor labels them ("Title, CPV codes"), in the
	 * reader's language.
	 */
	private String changedFields(List<String> fields, Locale locale) {
		return String.join(", ", fields.stream().map(field -> text(locale, "challenge.field." + field)).toList());
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	static String time(@Nullable Instant instant, ZoneId zone, Locale locale) {
		if (instant == null) {
			return "–";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
			.withLocale(locale)
			.format(instant.atZone(zone));
	}

	/** The text of an answer rendered as safe HTML, for a PDF. */
	private static String plain(String html) {
		return TAG.matcher(html.replace("</p>", "\n").replace("<br>", "\n").replace("</li>", "\n"))
			.replaceAll("")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.strip();
	}

}
