package org.pilotbridge.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;

/**
 * Stores the bidders' requests for review and for a debriefing, and the agency's answers.
 */
@Repository
class DecisionRequests {

	private final JdbcClient jdbc;

	DecisionRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addReview(ReviewRequest request) {
		jdbc.sql("""
				INSERT INTO evaluation_review_request (id, challenge_id, proposal_id, filed_by, filed_at, reasons,
				    decision_approved_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(request.id(), request.challenge().id(), request.proposal().id(), request.filedBy().id(),
					Timestamp.from(request.filedAt()), request.reasons(), Timestamp.from(request.decisionApprovedAt()))
			.update();
	}

	boolean answerReview(UUID id, String answer, PersonId by, Instant now) {
		return jdbc.sql("""
				UPDATE evaluation_review_request SET answer = ?, answered_by = ?, answered_at = ?
				WHERE id = ? AND answered_at IS NULL
				""").params(answer, by.id(), Timestamp.from(now), id).update() == 1;
	}

	Optional<ReviewRequest> review(UUID id) {
		return jdbc.sql("SELECT * FROM evaluation_review_request WHERE id = ?")
			.param(id)
			.query(DecisionRequests::reviewRow)
			.optional();
	}

	/**
	 * Answers every open request for review of the challenge with the managers' answer,
	 * upheld: the decision they contest is withdrawn.
	 */
	void upholdOpenReviews(ChallengeId challenge, String answer, PersonId by, Instant now) {
		jdbc.sql("""
				UPDATE evaluation_review_request SET answer = ?, answered_by = ?, answered_at = ?, upheld = TRUE
				WHERE challenge_id = ? AND answered_at IS NULL
				""").params(answer, by.id(), Timestamp.from(now), challenge.id()).update();
	}

	/** The proposal's latest request for review, whichever decision it contested. */
	Optional<ReviewRequest> reviewOf(ProposalId proposal) {
		return jdbc.sql("SELECT * FROM evaluation_review_request WHERE proposal_id = ? ORDER BY filed_at DESC LIMIT 1")
			.param(proposal.id())
			.query(DecisionRequests::reviewRow)
			.optional();
	}

	/** The proposal's request for review of the decision approved at that moment. */
	Optional<ReviewRequest> reviewOf(ProposalId proposal, Instant decisionApprovedAt) {
		return jdbc.sql("SELECT * FROM evaluation_review_request WHERE proposal_id = ? AND decision_approved_at = ?")
			.params(proposal.id(), Timestamp.from(decisionApprovedAt))
			.query(DecisionRequests::reviewRow)
			.optional();
	}

	List<ReviewRequest> reviews(ChallengeId challenge) {
		return jdbc.sql("SELECT * FROM evaluation_review_request WHERE challenge_id = ? ORDER BY filed_at")
			.param(challenge.id())
			.query(DecisionRequests::reviewRow)
			.list();
	}

	boolean hasOpenReview(ChallengeId challenge) {
		return jdbc.sql("SELECT count(*) FROM evaluation_review_request WHERE challenge_id = ? AND answered_at IS NULL")
			.param(challenge.id())
			.query(Long.class)
			.single() > 0;
	}

	void addDebriefing(Debriefing debriefing) {
		jdbc.sql("""
				INSERT INTO evaluation_debriefing (id, challenge_id, proposal_id, asked_by, asked_at, message)
				VALUES (?, ?, ?, ?, ?, ?)
				""")
			.params(debriefing.id(), debriefing.challenge().id(), debriefing.proposal().id(), debriefing.askedBy().id(),
					Timestamp.from(debriefing.askedAt()), debriefing.message())
			.update();
	}

	@SuppressWarnings("NullAway") // JdbcClient binds a null as SQL NULL
	boolean answerDebriefing(UUID id, @Nullable Instant meetingAt, @Nullable String answer, PersonId by, Instant now) {
		return jdbc.sql("""
				UPDATE evaluation_debriefing SET meeting_at = ?, answer = ?, answered_by = ?, answered_at = ?
				WHERE id = ? AND answered_at IS NULL
				""")
			.params(meetingAt == null ? null : Timestamp.from(meetingAt), answer, by.id(), Timestamp.from(now), id)
			.update() == 1;
	}

	Optional<Debriefing> debriefing(UUID id) {
		return jdbc.sql("SELECT * FROM evaluation_debriefing WHERE id = ?")
			.param(id)
			.query(DecisionRequests::debriefingRow)
			.optional();
	}

	Optional<Debriefing> debriefingOf(ProposalId proposal) {
		return jdbc.sql("SELECT * FROM evaluation_debriefing WHERE proposal_id = ?")
			.param(proposal.id())
			.query(DecisionRequests::debriefingRow)
			.optional();
	}

	List<Debriefing> debriefings(ChallengeId challenge) {
		return jdbc.sql("SELECT * FROM evaluation_debriefing WHERE challenge_id = ? ORDER BY asked_at")
			.param(challenge.id())
			.query(DecisionRequests::debriefingRow)
			.list();
	}

	private static ReviewRequest reviewRow(ResultSet rs, int row) throws SQLException {
		var answeredBy = rs.getObject("answered_by", UUID.class);
		return new ReviewRequest(rs.getObject("id", UUID.class),
				new ChallengeId(rs.getObject("challenge_id", UUID.class)),
				new ProposalId(rs.getObject("proposal_id", UUID.class)),
				new PersonId(rs.getObject("filed_by", UUID.class)), rs.getTimestamp("filed_at").toInstant(),
				rs.getString("reasons"), rs.getTimestamp("decision_approved_at").toInstant(), rs.getString("answer"),
				answeredBy == null ? null : new PersonId(answeredBy), instant(rs.getTimestamp("answered_at")),
				rs.getBoolean("upheld"));
	}

	private static Debriefing debriefingRow(ResultSet rs, int row) throws SQLException {
		var answeredBy = rs.getObject("answered_by", UUID.class);
		return new Debriefing(rs.getObject("id", UUID.class), new ChallengeId(rs.getObject("challenge_id", UUID.class)),
				new ProposalId(rs.getObject("proposal_id", UUID.class)),
				new PersonId(rs.getObject("asked_by", UUID.class)), rs.getTimestamp("asked_at").toInstant(),
				rs.getString("message"), instant(rs.getTimestamp("meeting_at")), rs.getString("answer"),
				answeredBy == null ? null : new PersonId(answeredBy), instant(rs.getTimestamp("answered_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
