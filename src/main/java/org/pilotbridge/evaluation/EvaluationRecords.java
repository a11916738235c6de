package org.pilotbridge.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.challenge.CriterionId;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.proposal.ProposalId;
import org.pilotbridge.shared.Money;

/**
 * What the panel of a challenge recorded: the bidders as listed at the close, the
 * declarations, the score sheets, the consensus and the decision. Queried with plain SQL:
 * the records are small rows read together for a challenge, never loaded one aggregate at
 * a time.
 */
@Repository
class EvaluationRecords {

	private final JdbcClient jdbc;

	EvaluationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Bidders

	// JdbcClient.params(Object...) declares its values non-null, yet binds a null as SQL
	// NULL (as param(@Nullable Object) does); the nullable values here go to nullable
	// columns.
	@SuppressWarnings("NullAway")
	void addBidders(ChallengeId challenge, Collection<Bidder> bidders) {
		for (var bidder : bidders) {
			jdbc.sql("""
					INSERT INTO evaluation_bidder (proposal_id, challenge_id, company_id, company_name, price_amount,
					    price_currency, received_at, submitted_by, unverified_company)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (proposal_id) DO NOTHING
					""")
				.params(bidder.proposal().id(), challenge.id(), bidder.company().id(), bidder.companyName(),
						bidder.price() == null ? null : bidder.price().amount(),
						bidder.price() == null ? null : bidder.price().currency().getCurrencyCode(),
						Timestamp.from(bidder.receivedAt()), bidder.submittedBy().id(), bidder.unverifiedCompany())
				.update();
		}
	}

	List<Bidder> bidders(ChallengeId challenge) {
		return jdbc.sql("""
				SELECT * FROM evaluation_bidder WHERE challenge_id = ? ORDER BY received_at, proposal_id
				""").param(challenge.id()).query(EvaluationRecords::bidder).list();
	}

	Optional<ChallengeId> challengeOf(ProposalId proposal) {
		return jdbc.sql("SELECT challenge_id FROM evaluation_bidder WHERE proposal_id = ?")
			.param(proposal.id())
			.query((rs, row) -> new ChallengeId(rs.getObject(1, UUID.class)))
			.optional();
	}

	private static Bidder bidder(ResultSet rs, int row) throws SQLException {
		var amount = rs.getBigDecimal("price_amount");
		return new Bidder(new ProposalId(rs.getObject("proposal_id", UUID.class)),
				new OrganisationId(rs.getObject("company_id", UUID.class)), rs.getString("company_name"),
				amount == null ? null : Money.of(amount, Currency.getInstance(rs.getString("price_currency"))),
				rs.getTimestamp("received_at").toInstant(), new PersonId(rs.getObject("submitted_by", UUID.class)),
				rs.getBoolean("unverified_company"));
	}

	// Declarations

	void addDeclarations(List<Declaration> declarations) {
		for (var declaration : declarations) {
			jdbc.sql(
					"""
							INSERT INTO evaluation_declaration (challenge_id, person_id, member_id, proposal_id, company_id, conflict,
							    description, declared_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?)
							""")
				.params(declaration.challenge().id(), declaration.member().id(), declaration.seat().id(),
						declaration.proposal().id(), declaration.company().id(), declaration.conflict(),
						declaration.description(), Timestamp.from(declaration.declaredAt()))
				.update();
		}
	}

	List<Declaration> declarations(ChallengeId challenge) {
		return jdbc.sql("SELECT * FROM evaluation_declaration WHERE challenge_id = ? ORDER BY declared_at, person_id")
			.param(challenge.id())
			.query(EvaluationRecords::declaration)
			.list();
	}

	/**
	 * What the member declared in their seat on the panel: a member removed and invited
	 * again has a new seat, and declares afresh.
	 */
	List<Declaration> declarations(PanelMember seat) {
		return jdbc.sql("SELECT * FROM evaluation_declaration WHERE member_id = ?")
			.param(seat.id().id())
			.query(EvaluationRecords::declaration)
			.list();
	}

	/**
	 * Whether the person ever declared a conflict with the proposal, in any seat on its
	 * panel: a conflict once declared is never lifted by a later declaration.
	 */
	boolean everDeclaredConflict(PersonId person, ProposalId proposal) {
		return jdbc
			.sql("SELECT count(*) FROM evaluation_declaration WHERE person_id = ? AND proposal_id = ? AND conflict")
			.params(person.id(), proposal.id())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Whether the person ever declared a conflict with any bidder of the challenge, in
	 * any seat.
	 */
	boolean everDeclaredConflict(PersonId person, ChallengeId challenge) {
		return jdbc
			.sql("SELECT count(*) FROM evaluation_declaration WHERE person_id = ? AND challenge_id = ? AND conflict")
			.params(person.id(), challenge.id())
			.query(Long.class)
			.single() > 0;
	}

	private static Declaration declaration(ResultSet rs, int row) throws SQLException {
		return new Declaration(new ChallengeId(rs.getObject("challenge_id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)),
				new PanelMemberId(rs.getObject("member_id", UUID.class)),
				new ProposalId(rs.getObject("proposal_id", UUID.class)),
				new OrganisationId(rs.getObject("company_id", UUID.class)), rs.getBoolean("conflict"),
				rs.getString("description"), rs.getTimestamp("declared_at").toInstant());
	}

	// Score sheets

	/**
	 * The sheet, created empty if it does not exist yet, locked until the transaction
	 * ends.
	 */
	ScoreSheet lockSheet(ChallengeId challenge, ProposalId proposal, PersonId evaluator, Instant now) {
		jdbc.sql("""
				INSERT INTO evaluation_sheet (proposal_id, person_id, challenge_id, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (proposal_id, person_id) DO NOTHING
				""").params(proposal.id(), evaluator.id(), challenge.id(), Timestamp.from(now)).update();
		jdbc.sql("SELECT 1 FROM evaluation_sheet WHERE proposal_id = ? AND person_id = ? FOR UPDATE")
			.params(proposal.id(), evaluator.id())
			.query()
			.listOfRows();
		return sheet(proposal, evaluator).orElseThrow();
	}

	Optional<ScoreSheet> sheet(ProposalId proposal, PersonId evaluator) {
		return sheets("WHERE s.proposal_id = ? AND s.person_id = ?", proposal.id(), evaluator.id()).stream()
			.findFirst();
	}

	List<ScoreSheet> sheets(ChallengeId challenge) {
		return sheets("WHERE s.challenge_id = ?", challenge.id());
	}

	List<ScoreSheet> sheets(ProposalId proposal) {
		return sheets("WHERE s.proposal_id = ?", proposal.id());
	}

	private List<ScoreSheet> sheets(String where, Object... params) {
		var rows = jdbc
			.sql("""
					SELECT s.proposal_id, s.person_id, s.updated_at, s.submitted_at, c.criterion_id, c.points, c.justification
					FROM evaluation_sheet s LEFT JOIN evaluation_score c
					  ON c.proposal_id = s.proposal_id AND c.person_id = s.person_id
					"""
					+ where + " ORDER BY s.proposal_id, s.person_id, c.criterion_id")
			.params(params)
			.query((rs, row) -> {
				var criterion = rs.getObject("criterion_id", UUID.class);
				var submitted = rs.getTimestamp("submitted_at");
				return new SheetRow(new ProposalId(rs.getObject("proposal_id", UUID.class)),
						new PersonId(rs.getObject("person_id", UUID.class)), rs.getTimestamp("updated_at").toInstant(),
						submitted == null ? null : submitted.toInstant(),
						criterion == null ? null : new Score(new CriterionId(criterion),
								(Integer) rs.getObject("points"), rs.getString("justification")));
			})
			.list();
		var sheets = new LinkedHashMap<String, List<SheetRow>>();
		rows.forEach(row -> sheets.computeIfAbsent(row.proposal() + "/" + row.evaluator(), key -> new ArrayList<>())
			.add(row));
		return sheets.values().stream().map(group -> {
			var first = group.getFirst();
			var scores = group.stream().map(SheetRow::score).filter(Objects::nonNull).toList();
			return new ScoreSheet(first.proposal(), first.evaluator(), scores, first.updatedAt(), first.submittedAt());
		}).toList();
	}

	private record SheetRow(ProposalId proposal, PersonId evaluator, Instant updatedAt,
			@org.jspecify.annotations.Nullable Instant submittedAt, @org.jspecify.annotations.Nullable Score score) {
	}

	/**
	 * Locks every sheet of the evaluator for the challenge until the transaction ends and
	 * counts those submitted.
	 */
	int lockSubmittedSheets(ChallengeId challenge, PersonId evaluator) {
		return jdbc.sql("""
				SELECT submitted_at FROM evaluation_sheet WHERE challenge_id = ? AND person_id = ? FOR UPDATE
				""")
			.params(challenge.id(), evaluator.id())
			.query((rs, row) -> rs.getTimestamp(1) != null)
			.list()
			.stream()
			.mapToInt(submitted -> submitted ? 1 : 0)
			.sum();
	}

	/**
	 * Discards the evaluator's score sheets not submitted for the challenge; returns how
	 * many.
	 */
	int discardDrafts(ChallengeId challenge, PersonId evaluator) {
		jdbc.sql("""
				DELETE FROM evaluation_score c USING evaluation_sheet s
				WHERE c.proposal_id = s.proposal_id AND c.person_id = s.person_id
				  AND s.challenge_id = ? AND s.person_id = ? AND s.submitted_at IS NULL
				""").params(challenge.id(), evaluator.id()).update();
		return jdbc
			.sql("DELETE FROM evaluation_sheet WHERE challenge_id = ? AND person_id = ? AND submitted_at IS NULL")
			.params(challenge.id(), evaluator.id())
			.update();
	}

	/** The proposals of the challenge the evaluator has submitted scores for. */
	List<ProposalId> scoredProposals(ChallengeId challenge, PersonId evaluator) {
		return jdbc.sql("""
				SELECT proposal_id FROM evaluation_sheet
				WHERE challenge_id = ? AND person_id = ? AND submitted_at IS NOT NULL ORDER BY proposal_id
				""")
			.params(challenge.id(), evaluator.id())
			.query((rs, row) -> new ProposalId(rs.getObject(1, UUID.class)))
			.list();
	}

	// JdbcClient.params(Object...) declares its values non-null, yet binds a null as SQL
	// NULL (as param(@Nullable Object) does); the nullable values here go to nullable
	// columns.
	@SuppressWarnings("NullAway")
	void saveScores(ProposalId proposal, PersonId evaluator, Collection<Score> scores, Instant now) {
		for (var score : scores) {
			jdbc.sql("""
					INSERT INTO evaluation_score (proposal_id, person_id, criterion_id, points, justification)
					VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (proposal_id, person_id, criterion_id)
					DO UPDATE SET points = excluded.points, justification = excluded.justification
					""")
				.params(proposal.id(), evaluator.id(), score.criterion().id(), score.points(), score.justification())
				.update();
		}
		jdbc.sql("UPDATE evaluation_sheet SET updated_at = ? WHERE proposal_id = ? AND person_id = ?")
			.params(Timestamp.from(now), proposal.id(), evaluator.id())
			.update();
	}

	void submitSheet(ProposalId proposal, PersonId evaluator, Instant now) {
		jdbc.sql("UPDATE evaluation_sheet SET submitted_at = ?, updated_at = ? WHERE proposal_id = ? AND person_id = ?")
			.params(Timestamp.from(now), Timestamp.from(now), proposal.id(), evaluator.id())
			.update();
	}

	// Consensus

	void saveConsensus(ChallengeId challenge, ProposalId proposal, Collection<ConsensusScore> scores) {
		for (var score : scores) {
			jdbc.sql("""
					INSERT INTO evaluation_consensus (proposal_id, criterion_id, challenge_id, points, mean_points,
					    justification, change_reason, recorded_by, recorded_at, recorded_by_stand_in)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (proposal_id, criterion_id) DO UPDATE SET points = excluded.points,
					    mean_points = excluded.mean_points, justification = excluded.justification,
					    change_reason = excluded.change_reason, recorded_by = excluded.recorded_by,
					    recorded_at = excluded.recorded_at, recorded_by_stand_in = excluded.recorded_by_stand_in
					""")
				.params(proposal.id(), score.criterion().id(), challenge.id(), score.points(), score.meanPoints(),
						score.justification(), score.changeReason(), score.recordedBy().id(),
						Timestamp.from(score.recordedAt()), score.byStandIn())
				.update();
		}
	}

	/**
	 * Withdraws the consensus recorded on the proposals, to be recorded again; returns on
	 * how many proposals there was one.
	 */
	int withdrawConsensus(Collection<ProposalId> proposals) {
		var withdrawn = 0;
		for (var proposal : proposals) {
			withdrawn += jdbc.sql("DELETE FROM evaluation_consensus WHERE proposal_id = ?")
				.param(proposal.id())
				.update() > 0 ? 1 : 0;
		}
		return withdrawn;
	}

	/** The consensus per proposal of the challenge, by criterion. */
	Map<ProposalId, Map<CriterionId, ConsensusScore>> consensus(ChallengeId challenge) {
		var all = new LinkedHashMap<ProposalId, Map<CriterionId, ConsensusScore>>();
		jdbc.sql("SELECT * FROM evaluation_consensus WHERE challenge_id = ? ORDER BY proposal_id, criterion_id")
			.param(challenge.id())
			.query((rs, row) -> {
				var score = new ConsensusScore(new CriterionId(rs.getObject("criterion_id", UUID.class)),
						rs.getInt("points"), rs.getInt("mean_points"), rs.getString("justification"),
						rs.getString("change_reason"), new PersonId(rs.getObject("recorded_by", UUID.class)),
						rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("recorded_by_stand_in"));
				all.computeIfAbsent(new ProposalId(rs.getObject("proposal_id", UUID.class)),
						key -> new LinkedHashMap<>())
					.put(score.criterion(), score);
				return score;
			})
			.list();
		return all;
	}

	// Decision

	/** Serialises the decisions on a challenge until the transaction ends. */
	void lockDecision(ChallengeId challenge) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('evaluation-decision:' || ?))")
			.param(challenge.toString())
			.query()
			.listOfRows();
	}

	@SuppressWarnings("NullAway") // JdbcClient binds a null as SQL NULL
	void addDecision(Decision decision) {
		var standstillEnds = decision.standstillEndsAt();
		var approvedAt = decision.approvedAt();
		var approvedBy = decision.approvedBy();
		jdbc.sql(
				"""
						INSERT INTO evaluation_decision (challenge_id, kind, justification, decided_by, decided_at, standstill_ends_at,
						    decided_by_stand_in, approved_by, approved_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
			.params(decision.challenge().id(), decision.kind().name(), decision.justification(),
					decision.decidedBy().id(), Timestamp.from(decision.decidedAt()),
					standstillEnds == null ? null : Timestamp.from(standstillEnds), decision.byStandIn(),
					approvedBy == null ? null : approvedBy.id(), approvedAt == null ? null : Timestamp.from(approvedAt))
			.update();
		var position = 0;
		for (var winner : decision.winners()) {
			jdbc.sql("INSERT INTO evaluation_award (challenge_id, proposal_id, position) VALUES (?, ?, ?)")
				.params(decision.challenge().id(), winner.id(), ++position)
				.update();
		}
	}

	/**
	 * Records the approval of a decision that awaited it; the standstill period starts.
	 */
	boolean approveDecision(ChallengeId challenge, PersonId officer, Instant now, Instant standstillEnds) {
		return jdbc.sql("""
				UPDATE evaluation_decision SET approved_by = ?, approved_at = ?, standstill_ends_at = ?
				WHERE challenge_id = ? AND approved_at IS NULL
				""")
			.params(officer.id(), Timestamp.from(now), Timestamp.from(standstillEnds), challenge.id())
			.update() == 1;
	}

	/**
	 * Moves a decision that awaited approval to those sent back, with the officer's
	 * reason, so that the chair may propose again.
	 */
	void returnDecision(Decision decision, PersonId officer, Instant now, String reason) {
		keepReturned(decision, officer, now, reason, ReturnedDecision.Cause.SENT_BACK);
		jdbc.sql("DELETE FROM evaluation_award WHERE challenge_id = ?").param(decision.challenge().id()).update();
		jdbc.sql("DELETE FROM evaluation_decision WHERE challenge_id = ? AND approved_at IS NULL")
			.param(decision.challenge().id())
			.update();
	}

	/**
	 * Moves a decision in its standstill period (approved, not in force) to those
	 * returned, withdrawn with the managers' reason, so that the chair may decide again.
	 */
	void withdrawDecision(Decision decision, PersonId manager, Instant now, String reason) {
		keepReturned(decision, manager, now, reason, ReturnedDecision.Cause.WITHDRAWN_AFTER_REVIEW);
		jdbc.sql("DELETE FROM evaluation_award WHERE challenge_id = ?").param(decision.challenge().id()).update();
		jdbc.sql("DELETE FROM evaluation_decision WHERE challenge_id = ? AND finalised_at IS NULL")
			.param(decision.challenge().id())
			.update();
	}

	private void keepReturned(Decision decision, PersonId by, Instant now, String reason,
			ReturnedDecision.Cause cause) {
		jdbc.sql("""
				INSERT INTO evaluation_decision_returned (id, challenge_id, kind, winners, justification, decided_by,
				    decided_at, returned_by, returned_at, reason, cause)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), decision.challenge().id(), decision.kind().name(),
					String.join(",", decision.winners().stream().map(ProposalId::toString).toList()),
					decision.justification(), decision.decidedBy().id(), Timestamp.from(decision.decidedAt()), by.id(),
					Timestamp.from(now), reason, cause.name())
			.update();
	}

	/** The decisions sent back or withdrawn on a challenge, the latest first. */
	List<ReturnedDecision> returnedDecisions(ChallengeId challenge) {
		return jdbc.sql("SELECT * FROM evaluation_decision_returned WHERE challenge_id = ? ORDER BY returned_at DESC")
			.param(challenge.id())
			.query((rs, row) -> new ReturnedDecision(DecisionKind.valueOf(rs.getString("kind")),
					new PersonId(rs.getObject("decided_by", UUID.class)), rs.getTimestamp("decided_at").toInstant(),
					new PersonId(rs.getObject("returned_by", UUID.class)), rs.getTimestamp("returned_at").toInstant(),
					rs.getString("reason"), ReturnedDecision.Cause.valueOf(rs.getString("cause"))))
			.list();
	}

	/** The challenges whose decision awaits approval, the oldest first. */
	List<ChallengeId> awaitingApproval() {
		return jdbc.sql("SELECT challenge_id FROM evaluation_decision WHERE approved_at IS NULL ORDER BY decided_at")
			.query((rs, row) -> new ChallengeId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** Locks the decision's row until the transaction ends, against its finalisation. */
	Optional<Decision> lockedDecision(ChallengeId challenge) {
		return jdbc.sql("SELECT * FROM evaluation_decision WHERE challenge_id = ? FOR UPDATE")
			.param(challenge.id())
			.query(this::decisionRow)
			.optional();
	}

	Optional<Decision> decision(ChallengeId challenge) {
		return jdbc.sql("SELECT * FROM evaluation_decision WHERE challenge_id = ?")
			.param(challenge.id())
			.query(this::decisionRow)
			.optional();
	}

	/**
	 * The challenges whose decision looks due to come into force: its standstill period
	 * has ended, every request for review is answered, and it is not in force yet. Read
	 * without a lock, as of the start of the statement: a request filed in the meantime
	 * is not seen, so the caller checks again under the decision's lock.
	 */
	List<ChallengeId> dueDecisions(Instant now) {
		return jdbc.sql("""
				SELECT challenge_id FROM evaluation_decision d WHERE finalised_at IS NULL AND standstill_ends_at <= ?
				  AND NOT EXISTS (SELECT 1 FROM evaluation_review_request r
				                  WHERE r.challenge_id = d.challenge_id AND r.answered_at IS NULL)
				ORDER BY standstill_ends_at, challenge_id
				""").param(Timestamp.from(now)).query((rs, row) -> new ChallengeId(rs.getObject(1, UUID.class))).list();
	}

	void finalise(ChallengeId challenge, Instant now) {
		jdbc.sql("UPDATE evaluation_decision SET finalised_at = ? WHERE challenge_id = ? AND finalised_at IS NULL")
			.params(Timestamp.from(now), challenge.id())
			.update();
	}

	private Decision decisionRow(ResultSet rs, int row) throws SQLException {
		var challenge = new ChallengeId(rs.getObject("challenge_id", UUID.class));
		var finalised = rs.getTimestamp("finalised_at");
		var standstillEnds = rs.getTimestamp("standstill_ends_at");
		var approvedBy = rs.getObject("approved_by", UUID.class);
		var approvedAt = rs.getTimestamp("approved_at");
		return new Decision(challenge, DecisionKind.valueOf(rs.getString("kind")), winners(challenge),
				rs.getString("justification"), new PersonId(rs.getObject("decided_by", UUID.class)),
				rs.getTimestamp("decided_at").toInstant(), standstillEnds == null ? null : standstillEnds.toInstant(),
				finalised == null ? null : finalised.toInstant(), rs.getBoolean("decided_by_stand_in"),
				approvedBy == null ? null : new PersonId(approvedBy),
				approvedAt == null ? null : approvedAt.toInstant());
	}

	private List<ProposalId> winners(ChallengeId challenge) {
		return jdbc.sql("SELECT proposal_id FROM evaluation_award WHERE challenge_id = ? ORDER BY position")
			.param(challenge.id())
			.query((rs, row) -> new ProposalId(rs.getObject(1, UUID.class)))
			.list();
	}

}
