package org.pilotbridge.pilot;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.assertj.core.api.Assertions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.test.MutableClockConfiguration;
import org.pilotbridge.test.TestBidding;
import org.pilotbridge.test.TestIdentities;

import static org.awaitility.Awaitility.await;

/**
 * What the pilot module's integration tests share, so that they share one application
 * context: the module with everything it depends on and the audit trail, a clock tests
 * move forward, and the fixtures.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@Import({ MutableClockConfiguration.class, TestBidding.class, TestIdentities.class, TestPilots.class })
abstract class PilotIntegrationTest {

	@Autowired
	TestPilots fixtures;

	@Autowired
	TestBidding bidding;

	@Autowired
	PilotManagement management;

	@Autowired
	PilotQuery query;

	@Autowired
	PublicResults results;

	@Autowired
	PilotPlanning planning;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	<T> T as(PersonId person, OrganisationId organisation, Supplier<T> work) {
		return bidding.as(person, organisation, work);
	}

	void as(PersonId person, OrganisationId organisation, Runnable work) {
		bidding.as(person, organisation, work);
	}

	Pilot pilot(TestPilots.Awarded awarded) {
		return as(awarded.agency().manager(), awarded.agency().id(), () -> query.byReference(awarded.pilot()).pilot());
	}

	/**
	 * Everything stored about the pilot and every event published about it, to compare
	 * before and after a refusal.
	 */
	Map<String, List<Map<String, Object>>> observe(String reference) {
		return Map.of("pilot",
				jdbc.sql("SELECT * FROM pilot WHERE reference = ?").param(reference).query().listOfRows(), "milestones",
				jdbc.sql(
						"SELECT m.* FROM pilot_milestone m JOIN pilot p ON p.id = m.pilot_id WHERE p.reference = ? ORDER BY m.number")
					.param(reference)
					.query()
					.listOfRows(),
				"events", jdbc
					.sql("""
							SELECT (SELECT count(*) FROM event_publication WHERE serialized_event LIKE :reference)
							     + (SELECT count(*) FROM event_publication_archive WHERE serialized_event LIKE :reference) AS n
							""")
					.param("reference", "%" + reference + "%")
					.query()
					.listOfRows());
	}

	/** The refusal's message exists in every language, not as its key. */
	void assertTranslated(String key) {
		for (var language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("nl"), Locale.GERMAN)) {
			Assertions.assertThat(messages.getMessage(key, new Object[] { "1" }, language))
				.as("%s in %s", key, language)
				.isNotBlank()
				.isNotEqualTo(key);
		}
	}

	void awaitEvents() {
		await().until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single() == 0);
	}

}
