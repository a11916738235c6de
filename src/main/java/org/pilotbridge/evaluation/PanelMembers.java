package org.pilotbridge.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.Language;

/** The members of every panel, and their invitations. */
@Repository
class PanelMembers {

	private static final String COLUMNS = "id, challenge_id, email, name, role, language, invited_at, person_id, joined_at";

	private final JdbcClient jdbc;

	PanelMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(PanelMember member, String token, PersonId invitedBy) {
		jdbc.sql("""
				INSERT INTO evaluation_panel_member (id, challenge_id, email, name, role, language, invitation_token,
				    invited_by, invited_at)
				VALUES (:id, :challenge, :email, :name, :role, :language, :token, :invitedBy, :invitedAt)
				""")
			.param("id", member.id().id())
			.param("challenge", member.challenge().id())
			.param("email", member.email())
			.param("name", member.name())
			.param("role", member.role().name())
			.param("language", member.language().name())
			.param("token", token)
			.param("invitedBy", invitedBy.id())
			.param("invitedAt", java.sql.Timestamp.from(member.invitedAt()))
			.update();
	}

	List<PanelMember> of(ChallengeId challenge) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM evaluation_panel_member WHERE challenge_id = ? ORDER BY invited_at, email")
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

	/** Locks the panel of a challenge, so that two changes to it serialise. */
	void lock(ChallengeId challenge) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('evaluation-panel:' || ?))").param(challenge.toString()).query().listOfRows();
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

	/** @return whether the invitation was still open */
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

	private static PanelMember member(ResultSet rs, int row) throws SQLException {
		var person = rs.getObject("person_id", UUID.class);
		var joined = rs.getTimestamp("joined_at");
		return new PanelMember(new PanelMemberId(rs.getObject("id", UUID.class)),
				new ChallengeId(rs.getObject("challenge_id", UUID.class)), rs.getString("email"), rs.getString("name"),
				PanelRole.valueOf(rs.getString("role")), Language.valueOf(rs.getString("language")),
				rs.getTimestamp("invited_at").toInstant(), person == null ? null : new PersonId(person),
				joined == null ? null : joined.toInstant());
	}

}
