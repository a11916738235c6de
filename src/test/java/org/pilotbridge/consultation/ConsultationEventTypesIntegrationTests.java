package org.pilotbridge.consultation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.audit.AuditableEvent;
import org.pilotbridge.test.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation events left the catalogue's package: a publication stored before the
 * upgrade and not yet completed names the old class, and the module's first changeset
 * renames it so that the registry can still read and resubmit it (DD029). The changeset
 * ran on an empty registry when the test database was migrated; here its statement runs
 * again on publications as an older release left them, in a transaction that is rolled
 * back.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@Import(MutableClockConfiguration.class)
class ConsultationEventTypesIntegrationTests {

	static final String CHANGESET = "db/changelog/consultation/001-event-types-of-the-consultation-module.sql";

	static final List<Class<? extends AuditableEvent>> MOVED = List.of(ConsultationPublished.class,
			ConsultationAnswered.class, ConsultationTurnedIntoChallenge.class);

	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional
	void renamesIncompletePublicationsOfTheMovedEventsToClassesThatExist() throws Exception {
		var ids = MOVED.stream()
			.map(event -> storedBeforeTheUpgrade("org.pilotbridge.catalogue." + event.getSimpleName()))
			.toList();
		var unrelated = storedBeforeTheUpgrade("org.pilotbridge.catalogue.SolutionPublished");

		jdbc.sql(statement()).update();

		for (var i = 0; i < MOVED.size(); i++) {
			var type = typeOf(ids.get(i));
			assertThat(type).isEqualTo(MOVED.get(i).getName());
			assertThat(AuditableEvent.class.isAssignableFrom(Class.forName(type))).isTrue();
		}
		assertThat(typeOf(unrelated)).isEqualTo("org.pilotbridge.catalogue.SolutionPublished");
	}

	private UUID storedBeforeTheUpgrade(String eventType) {
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
						VALUES (:id, 'org.pilotbridge.audit.AuditEventListener.on(org.pilotbridge.audit.AuditableEvent)', :type, '{}', now(), 'PUBLISHED')
						""")
			.param("id", id)
			.param("type", eventType)
			.update();
		return id;
	}

	private String typeOf(UUID id) {
		return jdbc.sql("SELECT event_type FROM event_publication WHERE id = ?").param(id).query(String.class).single();
	}

	/** The changeset's statement, between its header comments and its rollback. */
	private static String statement() throws IOException {
		var text = new ClassPathResource(CHANGESET).getContentAsString(StandardCharsets.UTF_8);
		return text.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n")).strip();
	}

}
