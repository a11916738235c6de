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

import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/**
 * The submitted versions of proposals ({@code proposal_version}), the files each was
 * submitted with ({@code proposal_version_attachment}) and their rendered receipts
 * ({@code proposal_receipt}). The database refuses to change or delete any of these rows.
 */
@Repository
class ProposalVersions {

	private final JdbcClient jdbc;

	ProposalVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(StoredVersion version, List<ProposalAttachmentId> attachments) {
		jdbc.sql(
				"""
						INSERT INTO proposal_version (proposal_id, number, received_at, submitted_by, language, unverified_company,
						                              canonical_form, digest, content_digest)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
			.params(version.proposal().id(), version.number(), Timestamp.from(version.receivedAt()),
					version.submittedBy().id(), version.language().code(), version.unverifiedCompany(),
					version.canonicalForm(), version.digest(), version.contentDigest())
			.update();
		for (int position = 0; position < attachments.size(); position++) {
			jdbc.sql("""
					INSERT INTO proposal_version_attachment (proposal_id, number, position, attachment_id)
					VALUES (?, ?, ?, ?)
					""")
				.params(version.proposal().id(), version.number(), position, attachments.get(position).id())
				.update();
		}
	}

	List<SubmittedVersion> of(ProposalId proposal) {
		return jdbc.sql("""
				SELECT proposal_id, number, received_at, submitted_by, digest, unverified_company FROM proposal_version
				WHERE proposal_id = ? ORDER BY number
				""").param(proposal.id()).query(ProposalVersions::summary).list();
	}

	Optional<StoredVersion> find(ProposalId proposal, int number) {
		return jdbc.sql("SELECT * FROM proposal_version WHERE proposal_id = ? AND number = ?")
			.params(proposal.id(), number)
			.query((rs, row) -> new StoredVersion(proposal, rs.getInt("number"),
					rs.getTimestamp("received_at").toInstant(), new PersonId(rs.getObject("submitted_by", UUID.class)),
					Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH),
					rs.getBoolean("unverified_company"), rs.getString("canonical_form"), rs.getString("digest"),
					rs.getString("content_digest")))
			.optional();
	}

	Optional<byte[]> receipt(ProposalId proposal, int number) {
		return jdbc.sql("SELECT pdf FROM proposal_receipt WHERE proposal_id = ? AND number = ?")
			.params(proposal.id(), number)
			.query((rs, row) -> rs.getBytes("pdf"))
			.optional();
	}

	/** Keeps the first rendering of a receipt; a concurrent second one is dropped. */
	void storeReceipt(ProposalId proposal, int number, byte[] pdf, Instant renderedAt) {
		jdbc.sql("""
				INSERT INTO proposal_receipt (proposal_id, number, pdf, rendered_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (proposal_id, number) DO NOTHING
				""").params(proposal.id(), number, pdf, Timestamp.from(renderedAt)).update();
	}

	private static SubmittedVersion summary(ResultSet rs, int row) throws SQLException {
		return new SubmittedVersion(new ProposalId(rs.getObject("proposal_id", UUID.class)), rs.getInt("number"),
				rs.getTimestamp("received_at").toInstant(), new PersonId(rs.getObject("submitted_by", UUID.class)),
				rs.getString("digest"), rs.getBoolean("unverified_company"));
	}

	/**
	 * A version as stored.
	 *
	 * @param canonicalForm the exact text the digest is computed over
	 * @param contentDigest the digest of the content part alone, to tell whether the
	 * working copy has changed since
	 */
	record StoredVersion(ProposalId proposal, int number, Instant receivedAt, PersonId submittedBy, Language language,
			boolean unverifiedCompany, String canonicalForm, String digest, String contentDigest) {

		SubmittedVersion summary() {
			return new SubmittedVersion(proposal, number, receivedAt, submittedBy, digest, unverifiedCompany);
		}

	}

}
