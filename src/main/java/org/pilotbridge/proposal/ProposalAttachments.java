package org.pilotbridge.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The PDFs attached to proposals, in {@code proposal_attachment}, kept out of the
 * aggregate so that loading a proposal never loads their bytes. A file belongs to the
 * working copy while {@code in_draft} is set; a submitted version refers to the files it
 * was submitted with, which are therefore never deleted, only taken out of the working
 * copy.
 */
@Repository
class ProposalAttachments {

	private static final String METADATA = "id, file_name, size_bytes, pages, sha256, uploaded_at";

	private final JdbcClient jdbc;

	ProposalAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores an uploaded file outside the working copy: nobody sees it until
	 * {@link #addToDraft}, and {@link #discardStaged} removes it if it is refused.
	 */
	ProposalAttachmentId stage(ProposalId proposal, String fileName, PdfInspection.Accepted pdf, PersonId by,
			Instant now) {
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						INSERT INTO proposal_attachment (id, proposal_id, file_name, size_bytes, pages, sha256, content, in_draft,
						                                 uploaded_at, uploaded_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)
						""")
			.params(id, proposal.id(), fileName, pdf.size(), pdf.pages(), pdf.sha256(), pdf.content(),
					Timestamp.from(now), by.id())
			.update();
		return new ProposalAttachmentId(id);
	}

	/** Puts a staged file into the working copy, as attached at that moment. */
	void addToDraft(ProposalId proposal, ProposalAttachmentId attachment, Instant now) {
		var added = jdbc.sql("""
				UPDATE proposal_attachment SET in_draft = TRUE, uploaded_at = ?
				WHERE proposal_id = ? AND id = ? AND NOT in_draft
				""").params(Timestamp.from(now), proposal.id(), attachment.id()).update();
		if (added != 1) {
			throw new IllegalStateException("No staged file " + attachment + " for proposal " + proposal);
		}
	}

	/** Removes a staged file that was refused before it joined the working copy. */
	void discardStaged(ProposalId proposal, ProposalAttachmentId attachment) {
		jdbc.sql("""
				DELETE FROM proposal_attachment a WHERE a.proposal_id = ? AND a.id = ? AND NOT a.in_draft
				AND NOT EXISTS (SELECT 1 FROM proposal_version_attachment v WHERE v.attachment_id = a.id)
				""").params(proposal.id(), attachment.id()).update();
	}

	/** The files of the working copy, in the order they were attached. */
	List<ProposalAttachment> inDraft(ProposalId proposal) {
		return jdbc.sql("SELECT " + METADATA + """
				 FROM proposal_attachment WHERE proposal_id = ? AND in_draft ORDER BY uploaded_at, id
				""").param(proposal.id()).query(ProposalAttachments::metadata).list();
	}

	/** The files a submitted version was submitted with, in the order of the version. */
	List<ProposalAttachment> ofVersion(ProposalId proposal, int version) {
		return jdbc.sql("SELECT a." + METADATA.replace(", ", ", a.") + """
				 FROM proposal_version_attachment v JOIN proposal_attachment a ON a.id = v.attachment_id
				WHERE v.proposal_id = ? AND v.number = ? ORDER BY v.position
				""").params(proposal.id(), version).query(ProposalAttachments::metadata).list();
	}

	Optional<ProposalAttachment> find(ProposalId proposal, ProposalAttachmentId attachment) {
		return jdbc.sql("SELECT " + METADATA + " FROM proposal_attachment WHERE proposal_id = ? AND id = ?")
			.params(proposal.id(), attachment.id())
			.query(ProposalAttachments::metadata)
			.optional();
	}

	boolean isInDraft(ProposalId proposal, ProposalAttachmentId attachment) {
		return jdbc.sql("SELECT count(*) FROM proposal_attachment WHERE proposal_id = ? AND id = ? AND in_draft")
			.params(proposal.id(), attachment.id())
			.query(Long.class)
			.single() > 0;
	}

	boolean isInVersion(ProposalId proposal, int version, ProposalAttachmentId attachment) {
		return jdbc
			.sql("""
					SELECT count(*) FROM proposal_version_attachment WHERE proposal_id = ? AND number = ? AND attachment_id = ?
					""")
			.params(proposal.id(), version, attachment.id())
			.query(Long.class)
			.single() > 0;
	}

	Optional<byte[]> content(ProposalId proposal, ProposalAttachmentId attachment) {
		return jdbc.sql("SELECT content FROM proposal_attachment WHERE proposal_id = ? AND id = ?")
			.params(proposal.id(), attachment.id())
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	/**
	 * Takes a file out of the working copy: deleted when no submitted version refers to
	 * it, kept for the versions otherwise.
	 */
	void removeFromDraft(ProposalId proposal, ProposalAttachmentId attachment) {
		var referenced = jdbc.sql("SELECT count(*) FROM proposal_version_attachment WHERE attachment_id = ?")
			.param(attachment.id())
			.query(Long.class)
			.single() > 0;
		if (referenced) {
			jdbc.sql("UPDATE proposal_attachment SET in_draft = FALSE WHERE proposal_id = ? AND id = ?")
				.params(proposal.id(), attachment.id())
				.update();
		}
		else {
			jdbc.sql("DELETE FROM proposal_attachment WHERE proposal_id = ? AND id = ?")
				.params(proposal.id(), attachment.id())
				.update();
		}
	}

	private static ProposalAttachment metadata(ResultSet rs, int row) throws SQLException {
		var fileName = rs.getString("file_name");
		return new ProposalAttachment(new ProposalAttachmentId(rs.getObject("id", UUID.class)), fileName,
				SafeFileName.ofPdf(fileName), rs.getLong("size_bytes"), rs.getInt("pages"), rs.getString("sha256"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

}
