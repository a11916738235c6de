package org.pilotbridge.challenge;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.pilotbridge.shared.Money;

/** The public notices of how challenges ended, with their winners. */
@Repository
class AwardNotices {

	private final JdbcClient jdbc;

	AwardNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// JdbcClient.params(Object...) declares its values non-null, yet binds a null as SQL
	// NULL (as param(@Nullable Object) does); the nullable values here go to nullable
	// columns.
	@SuppressWarnings("NullAway")
	void save(ChallengeId challenge, AwardNotice notice) {
		jdbc.sql("""
				INSERT INTO challenge_award_notice (challenge_id, awarded, decided_at, reason)
				VALUES (?, ?, ?, ?)
				""")
			.params(challenge.id(), notice.awarded(), Timestamp.from(notice.decidedAt()), notice.reason())
			.update();
		var position = 0;
		for (var winner : notice.winners()) {
			jdbc.sql("""
					INSERT INTO challenge_award_winner (challenge_id, position, winner_name, amount, currency)
					VALUES (?, ?, ?, ?, ?)
					""")
				.params(challenge.id(), ++position, winner.name(), winner.amount().amount(),
						winner.amount().currency().getCurrencyCode())
				.update();
		}
	}

	Optional<AwardNotice> of(ChallengeId challenge) {
		return of(List.of(challenge)).values().stream().findFirst();
	}

	Map<ChallengeId, AwardNotice> of(Collection<ChallengeId> challenges) {
		var notices = new HashMap<ChallengeId, AwardNotice>();
		if (challenges.isEmpty()) {
			return notices;
		}
		var ids = challenges.stream().map(ChallengeId::id).toArray(UUID[]::new);
		var winners = new HashMap<UUID, List<AwardNotice.Winner>>();
		jdbc.sql("SELECT * FROM challenge_award_winner WHERE challenge_id = ANY(?) ORDER BY challenge_id, position")
			.param(ids)
			.query((rs, row) -> winners
				.computeIfAbsent(rs.getObject("challenge_id", UUID.class), key -> new ArrayList<>())
				.add(new AwardNotice.Winner(rs.getString("winner_name"),
						Money.of(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))))))
			.list();
		jdbc.sql("SELECT * FROM challenge_award_notice WHERE challenge_id = ANY(?)").param(ids).query((rs, row) -> {
			var id = rs.getObject("challenge_id", UUID.class);
			var notice = new AwardNotice(rs.getBoolean("awarded"), winners.getOrDefault(id, List.of()),
					rs.getTimestamp("decided_at").toInstant(), rs.getString("reason"));
			notices.put(new ChallengeId(id), notice);
			return notice;
		}).list();
		return notices;
	}

}
