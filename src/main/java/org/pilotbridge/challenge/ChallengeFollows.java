package org.pilotbridge.challenge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.pilotbridge.identity.PersonId;

/**
 * Who follows which challenge, in {@code challenge_follow}.
 */
@Repository
class ChallengeFollows {

	private final JdbcClient jdbc;

	ChallengeFollows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void follow(ChallengeId challenge, PersonId person, Instant now) {
		jdbc.sql("""
				INSERT INTO challenge_follow (challenge_id, person_id, followed_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING
				""").params(challenge.id(), person.id(), Timestamp.from(now)).update();
	}

	void unfollow(ChallengeId challenge, PersonId person) {
		jdbc.sql("DELETE FROM challenge_follow WHERE challenge_id = ? AND person_id = ?")
			.params(challenge.id(), person.id())
			.update();
	}

	boolean follows(ChallengeId challenge, PersonId person) {
		return jdbc.sql("SELECT count(*) FROM challenge_follow WHERE challenge_id = ? AND person_id = ?")
			.params(challenge.id(), person.id())
			.query(Long.class)
			.single() > 0;
	}

	List<PersonId> followers(ChallengeId challenge) {
		return jdbc.sql("SELECT person_id FROM challenge_follow WHERE challenge_id = ? ORDER BY followed_at, person_id")
			.param(challenge.id())
			.query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class)))
			.list();
	}

	List<ChallengeId> followedBy(PersonId person) {
		return jdbc.sql("SELECT challenge_id FROM challenge_follow WHERE person_id = ? ORDER BY followed_at DESC")
			.param(person.id())
			.query((rs, row) -> new ChallengeId(rs.getObject("challenge_id", UUID.class)))
			.list();
	}

}
