package org.pilotbridge.challenge;

import java.sql.Timestamp;
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

/** The public notices of how challenges ended. */
@Repository
class AwardNotices {

	private final JdbcClient jdbc;

	AwardNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(ChallengeId challenge, AwardNotice notice) {
		jdbc.sql("""
				INSERT INTO challenge_award_notice (challenge_id, awarded, winner_name, amount, currency, decided_at, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(challenge.id(), notice.awarded(), notice.winnerName(),
					notice.amount() == null ? null : notice.amount().amount(),
					notice.amount() == null ? null : notice.amount().currency().getCurrencyCode(),
					Timestamp.from(notice.decidedAt()), notice.reason())
			.update();
	}

	Optional<AwardNotice> of(ChallengeId challenge) {
		return of(List.of(challenge)).values().stream().findFirst();
	}

	Map<ChallengeId, AwardNotice> of(Collection<ChallengeId> challenges) {
		var notices = new HashMap<ChallengeId, AwardNotice>();
		if (challenges.isEmpty()) {
			return notices;
		}
		jdbc.sql("SELECT * FROM challenge_award_notice WHERE challenge_id = ANY(?)")
			.param(challenges.stream().map(ChallengeId::id).toArray(UUID[]::new))
			.query((rs, row) -> {
				var amount = rs.getBigDecimal("amount");
				var notice = new AwardNotice(rs.getBoolean("awarded"), rs.getString("winner_name"),
						amount == null ? null : Money.of(amount, Currency.getInstance(rs.getString("currency"))),
						rs.getTimestamp("decided_at").toInstant(), rs.getString("reason"));
				notices.put(new ChallengeId(rs.getObject("challenge_id", UUID.class)), notice);
				return notice;
			})
			.list();
		return notices;
	}

}
