package org.pilotbridge.challenge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.pilotbridge.document.PdfInspection;
import org.pilotbridge.document.SafeFileName;
import org.pilotbridge.identity.PersonId;

/**
 * The PDFs attached to challenges, in {@code challenge_attachment}. Kept out of the
 * aggregate so that loading a challenge never loads their bytes.
 */
@Repository
class ChallengeAttachments {

	private final JdbcClient jdbc;

	ChallengeAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AttachmentId add(ChallengeId challenge, SafeFileName fileName, PdfInspection.Accepted pdf, PersonId by,
			Instant now) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO challenge_attachment (id, challenge_id, file_name, size_bytes, pages, sha256, content,
				                                  uploaded_at, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, challenge.id(), fileName.value(), pdf.size(), pdf.pages(), pdf.sha256(), pdf.content(),
					Timestamp.from(now), by.id())
			.update();
		return new AttachmentId(id);
	}

	int count(ChallengeId challenge) {
		return jdbc.sql("SELECT count(*) FROM challenge_attachment WHERE challenge_id = ?")
			.param(challenge.id())
			.query(Integer.class)
			.single();
	}

	List<AttachmentInfo> of(ChallengeId challenge) {
		return jdbc.sql("""
				SELECT id, file_name, size_bytes, pages, sha256, uploaded_at FROM challenge_attachment
				WHERE challenge_id = ? ORDER BY uploaded_at, id
				""")
			.param(challenge.id())
			.query((rs, row) -> new AttachmentInfo(new AttachmentId(rs.getObject("id", UUID.class)),
					rs.getString("file_name"), rs.getLong("size_bytes"), rs.getInt("pages"), rs.getString("sha256"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	Optional<AttachmentContent> content(ChallengeId challenge, AttachmentId attachment) {
		return jdbc.sql("SELECT file_name, content, sha256 FROM challenge_attachment WHERE challenge_id = ? AND id = ?")
			.params(challenge.id(), attachment.id())
			.query((rs, row) -> new AttachmentContent(new SafeFileName(rs.getString("file_name")),
					rs.getBytes("content"), rs.getString("sha256")))
			.optional();
	}

	Optional<String> fileName(ChallengeId challenge, AttachmentId attachment) {
		return jdbc.sql("SELECT file_name FROM challenge_attachment WHERE challenge_id = ? AND id = ?")
			.params(challenge.id(), attachment.id())
			.query(String.class)
			.optional();
	}

	void remove(ChallengeId challenge, AttachmentId attachment) {
		jdbc.sql("DELETE FROM challenge_attachment WHERE challenge_id = ? AND id = ?")
			.params(challenge.id(), attachment.id())
			.update();
	}

}
