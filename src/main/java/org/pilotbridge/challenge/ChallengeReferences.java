package org.pilotbridge.challenge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out the human references {@code CH-<year>-<number>}, numbered from 1 each year.
 * The counter row of the year is created or incremented in one statement, under its row
 * lock, so two publications never get the same number; a rolled-back publication leaves a
 * gap, which is harmless.
 */
@Component
class ChallengeReferences {

	private final JdbcClient jdbc;

	private final ChallengeProperties properties;

	ChallengeReferences(JdbcClient jdbc, ChallengeProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	String next(int year) {
		var number = jdbc.sql("""
				INSERT INTO challenge_reference_counter (year, last_number) VALUES (:year, 1)
				ON CONFLICT (year) DO UPDATE SET last_number = challenge_reference_counter.last_number + 1
				RETURNING last_number
				""").param("year", year).query(Integer.class).single();
		return "%s-%d-%04d".formatted(properties.referencePrefix(), year, number);
	}

}
