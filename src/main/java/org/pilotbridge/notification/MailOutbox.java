package org.pilotbridge.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.pilotbridge.shared.Sha256;

/**
 * The {@code outgoing_mail} table and the files sent with each mail
 * ({@code outgoing_mail_attachment}). An e-mail is rendered when it is queued and
 * identified by a hash of what it says to whom, so that a replayed event queues it once,
 * with its attachments once.
 */
@Component
class MailOutbox {

	private final JdbcClient jdbc;

	private final MailComposer composer;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, MailComposer composer, Clock clock) {
		this.jdbc = jdbc;
		this.composer = composer;
		this.clock = clock;
	}

	/**
	 * Renders and queues an e-mail. A sensitive one (holding a secret link) has its body
	 * erased once it is sent.
	 */
	void queue(MailComposer.MailRequest request) {
		var mail = composer.compose(request);
		var id = UUID.randomUUID();
		var queued = jdbc
			.sql("""
					INSERT INTO outgoing_mail (id, dedupe_key, recipient, language, template, subject, text_body, html_body,
					                           status, attempts, sensitive, created_at, next_attempt_at)
					VALUES (:id, :key, :recipient, :language, :template, :subject, :text, :html, 'PENDING', 0, :sensitive, :now, :now)
					ON CONFLICT (dedupe_key) DO NOTHING
					""")
			.param("id", id)
			.param("key", dedupeKey(request))
			.param("recipient", request.recipient())
			.param("language", request.language().code())
			.param("template", request.kind())
			.param("subject", mail.subject())
			.param("text", mail.text())
			.param("html", mail.html())
			.param("sensitive", request.sensitive())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		// A replayed request finds its mail queued already, with its attachments.
		if (queued == 1) {
			var attachments = request.attachments();
			for (int position = 0; position < attachments.size(); position++) {
				var attachment = attachments.get(position);
				jdbc.sql("""
						INSERT INTO outgoing_mail_attachment (mail_id, position, file_name, content_type, content)
						VALUES (?, ?, ?, ?, ?)
						""")
					.params(id, position, attachment.fileName(), attachment.contentType(), attachment.content())
					.update();
			}
		}
	}

	/** The files to send with a mail, in order. */
	List<MailComposer.MailAttachment> attachments(UUID mail) {
		return jdbc
			.sql("""
					SELECT file_name, content_type, content FROM outgoing_mail_attachment WHERE mail_id = ? ORDER BY position
					""")
			.param(mail)
			.query((rs, row) -> new MailComposer.MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
	}

	/**
	 * Locks and returns mails due for delivery, skipping those another node is
	 * delivering.
	 */
	List<OutgoingMail> lockDue(int limit) {
		return jdbc.sql("""
				SELECT * FROM outgoing_mail WHERE status = 'PENDING' AND next_attempt_at <= :now
				ORDER BY created_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""").param("now", Timestamp.from(clock.instant())).param("limit", limit).query(MailOutbox::mail).list();
	}

	/**
	 * Marks a mail delivered (or captured); its attachments, which could be large or
	 * sealed documents, are not kept once it has left.
	 */
	void markDelivered(UUID id, String status) {
		jdbc.sql("DELETE FROM outgoing_mail_attachment WHERE mail_id = ?").param(id).update();
		jdbc.sql("""
				UPDATE outgoing_mail SET status = :status, sent_at = :now, attempts = attempts + 1,
				       text_body = CASE WHEN sensitive AND :status = 'SENT' THEN '' ELSE text_body END,
				       html_body = CASE WHEN sensitive AND :status = 'SENT' THEN '' ELSE html_body END
				WHERE id = :id
				""").param("status", status).param("now", Timestamp.from(clock.instant())).param("id", id).update();
	}

	void markFailedAttempt(UUID id, String error, Instant nextAttempt, boolean giveUp) {
		jdbc.sql("""
				UPDATE outgoing_mail SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next,
				       status = CASE WHEN :giveUp THEN 'FAILED' ELSE status END
				WHERE id = :id
				""")
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("next", Timestamp.from(nextAttempt))
			.param("giveUp", giveUp)
			.param("id", id)
			.update();
	}

	List<OutgoingMail> latest(int offset, int limit) {
		return jdbc.sql("SELECT * FROM outgoing_mail ORDER BY created_at DESC OFFSET :offset LIMIT :limit")
			.param("offset", offset)
			.param("limit", limit)
			.query(MailOutbox::mail)
			.list();
	}

	private static OutgoingMail mail(ResultSet rs, int row) throws SQLException {
		var sent = rs.getTimestamp("sent_at");
		return new OutgoingMail(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("language"),
				rs.getString("template"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant(), rs.getString("last_error"));
	}

	private static String dedupeKey(MailComposer.MailRequest request) {
		var canonical = String.join("\n", request.recipient(), request.kind(), request.uniqueness(),
				request.subjectArguments().toString(), request.bodyArguments().toString(),
				String.valueOf(request.actionLink()));
		return Sha256.hex(canonical);
	}

}
