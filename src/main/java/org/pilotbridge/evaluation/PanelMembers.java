package org.pilotbridge.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/** The members of every panel, and their invitations. */
@Repository
class PanelMembers {

	private static final String COLUMNS = "id, challenge_id, email, name, role, language, invited_at, person_id, joined_at, "
			+ "stand_in_at";

	private final JdbcClient jdbc;

	PanelMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(PanelMember member, String token, PersonId invitedBy) {
		bindMember(jdbc.sql("""
				INSERT INTO evaluation_panel_member (id, challenge_id, email, name, role, language, invitation_token,
				    invited_by, invited_at)
				VALUES (:id, :challenge, :email, :name, :role, :language, :token, :invitedBy, :invitedAt)
				"""), member).param("token", token).param("invitedBy", invitedBy.id()).update();
	}

	List<PanelMember> of(ChallengeId challenge) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM evaluation_panel_member WHERE challenge_id = ? ORDER BY invited_at, email")
			.param(challenge.id())
			.query(PanelMembers::member)
			.list();
	}

	Optional<PanelMember> byToken(String token) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_panel_member WHERE invitation_token = ?")
			.param(token)
			.query(PanelMembers::member)
			.optional();
	}

	/**
	 * Locks the panel of a challenge until the transaction ends, so that two changes to
	 * it serialise, and so that no member acts while it changes (see
	 * {@link #lockShared}).
	 */
	void lock(ChallengeId challenge) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('evaluation-panel:' || ?))")
			.param(challenge.toString())
			.query()
			.listOfRows();
	}

	/**
	 * Holds the panel as it is until the transaction ends: members act under this lock,
	 * which several can hold at once, so that a member removed meanwhile cannot act after
	 * their removal.
	 */
	void lockShared(ChallengeId challenge) {
		jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtext('evaluation-panel:' || ?))")
			.param(challenge.toString())
			.query()
			.listOfRows();
	}

	Optional<PanelMember> of(ChallengeId challenge, PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_panel_member WHERE challenge_id = ? AND person_id = ?")
			.param(challenge.id())
			.param(person.id())
			.query(PanelMembers::member)
			.optional();
	}

	/** The panels a person sits on. */
	List<PanelMember> ofPerson(PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_panel_member WHERE person_id = ? ORDER BY joined_at")
			.param(person.id())
			.query(PanelMembers::member)
			.list();
	}

	/**
	 * @return whether the invitation was still open
	 */
	boolean join(PanelMemberId member, PersonId person, Instant now) {
		return jdbc.sql("""
				UPDATE evaluation_panel_member SET person_id = :person, joined_at = :now
				WHERE id = :id AND person_id IS NULL
				""")
			.param("person", person.id())
			.param("now", java.sql.Timestamp.from(now))
			.param("id", member.id())
			.update() == 1;
	}

	/**
	 * Moves the member to the removed ones, with who removed them, when, why and who took
	 * over the chair.
	 */
	void remove(PanelRemoval removal) {
		var member = removal.member();
		bindMember(
				jdbc.sql(
						"""
								INSERT INTO evaluation_panel_removal (member_id, challenge_id, email, name, role, language, person_id,
								    invited_at, joined_at, removed_by, removed_at, reason, new_chair, discarded_drafts, cause, bidding_company)
								VALUES (:id, :challenge, :email, :name, :role, :language, :person, :invitedAt, :joinedAt, :removedBy,
								    :removedAt, :reason, :newChair, :drafts, :cause, :company)
								"""),
				member)
			.param("person", member.person() == null ? null : member.person().id())
			.param("joinedAt", member.joinedAt() == null ? null : java.sql.Timestamp.from(member.joinedAt()))
			.param("removedBy", removal.removedBy() == null ? null : removal.removedBy().id())
			.param("removedAt", java.sql.Timestamp.from(removal.removedAt()))
			.param("reason", removal.reason())
			.param("newChair", removal.newChair() == null ? null : removal.newChair().id())
			.param("drafts", removal.discardedDrafts())
			.param("cause", removal.cause().name())
			.param("company", removal.biddingCompany())
			.update();
		jdbc.sql("DELETE FROM evaluation_panel_member WHERE id = ?").param(member.id().id()).update();
	}

	/** Makes the member the panel's only stand-in for its recused chair. */
	void designateStandIn(ChallengeId challenge, PanelMemberId member, PersonId by, Instant now) {
		jdbc.sql("UPDATE evaluation_panel_member SET stand_in_at = NULL, stand_in_by = NULL WHERE challenge_id = ?")
			.param(challenge.id())
			.update();
		jdbc.sql("UPDATE evaluation_panel_member SET stand_in_at = ?, stand_in_by = ? WHERE id = ?")
			.params(java.sql.Timestamp.from(now), by.id(), member.id())
			.update();
	}

	/**
	 * Whether the system once removed the person from the panel because they belong to a
	 * bidding company.
	 */
	boolean wasRemovedAsBidder(ChallengeId challenge, PersonId person) {
		return jdbc.sql("""
				SELECT count(*) FROM evaluation_panel_removal WHERE challenge_id = ? AND person_id = ? AND cause = ?
				""")
			.params(challenge.id(), person.id(), RemovalCause.BIDDING_COMPANY.name())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Makes an evaluator the chair; they go on scoring. The panel's former chair must be
	 * gone.
	 */
	void makeChair(PanelMemberId member) {
		jdbc.sql("UPDATE evaluation_panel_member SET role = ? WHERE id = ? AND role = ?")
			.params(PanelRole.EVALUATING_CHAIR.name(), member.id(), PanelRole.EVALUATOR.name())
			.update();
	}

	/**
	 * The members removed from the panel of a challenge, in the order of their removal.
	 */
	List<PanelRemoval> removals(ChallengeId challenge) {
		return jdbc.sql("SELECT * FROM evaluation_panel_removal WHERE challenge_id = ? ORDER BY removed_at, member_id")
			.param(challenge.id())
			.query((rs, row) -> {
				var newChair = rs.getObject("new_chair", UUID.class);
				var removedBy = rs.getObject("removed_by", UUID.class);
				return new PanelRemoval(
						new PanelMember(new PanelMemberId(rs.getObject("member_id", UUID.class)), challenge,
								rs.getString("email"), rs.getString("name"), PanelRole.valueOf(rs.getString("role")),
								Language.valueOf(rs.getString("language")), rs.getTimestamp("invited_at").toInstant(),
								rs.getObject("person_id", UUID.class) == null ? null
										: new PersonId(rs.getObject("person_id", UUID.class)),
								rs.getTimestamp("joined_at") == null ? null : rs.getTimestamp("joined_at").toInstant()),
						removedBy == null ? null : new PersonId(removedBy), rs.getTimestamp("removed_at").toInstant(),
						rs.getString("reason"), newChair == null ? null : new PanelMemberId(newChair),
						rs.getInt("discarded_drafts"), RemovalCause.valueOf(rs.getString("cause")),
						rs.getString("bidding_company"));
			})
			.list();
	}

	/** Binds what a member's row and the row of a removed member share. */
	private static StatementSpec bindMember(StatementSpec statement, PanelMember member) {
		return statement.param("id", member.id().id())
			.param("challenge", member.challenge().id())
			.param("email", member.email())
			.param("name", member.name())
			.param("role", member.role().name())
			.param("language", member.language().name())
			.param("invitedAt", java.sql.Timestamp.from(member.invitedAt()));
	}

	private static PanelMember member(ResultSet rs, int row) throws SQLException {
		var person = rs.getObject("person_id", UUID.class);
		var joined = rs.getTimestamp("joined_at");
		return new PanelMember(new PanelMemberId(rs.getObject("id", UUID.class)),
				new ChallengeId(rs.getObject("challenge_id", UUID.class)), rs.getString("email"), rs.getString("name"),
				PanelRole.valueOf(rs.getString("role")), Language.valueOf(rs.getString("language")),
				rs.getTimestamp("invited_at").toInstant(), person == null ? null : new PersonId(person),
				joined == null ? null : joined.toInstant(), rs.getTimestamp("stand_in_at") != null);
	}

}
