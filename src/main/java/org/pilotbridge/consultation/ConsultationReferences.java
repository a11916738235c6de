package org.pilotbridge.consultation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out the references {@code MC-<year>-<number>} of consultations, numbered from 1
 * each year, like those of challenges: the counter row of the year is created or
 * incremented in one statement, under its row lock.
 */
@Component
class ConsultationReferences {

	private final JdbcClient jdbc;

	private final ConsultationProperties properties;

	ConsultationReferences(JdbcClient jdbc, ConsultationProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	String next(int year) {
		var number = jdbc.sql("""
				INSERT INTO consultation_reference_counter (year, last_number) VALUES (:year, 1)
				ON CONFLICT (year) DO UPDATE SET last_number = consultation_reference_counter.last_number + 1
				RETURNING last_number
				""").param("year", year).query(Integer.class).single();
		return "%s-%d-%04d".formatted(properties.referencePrefix(), year, number);
	}

}
