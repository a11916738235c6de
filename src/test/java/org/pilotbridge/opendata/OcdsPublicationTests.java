package org.pilotbridge.opendata;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.audit.Actor;
import org.pilotbridge.audit.AuditRecord;
import org.pilotbridge.challenge.ChallengeDirectory;
import org.pilotbridge.challenge.ChallengePublished;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Releases are published once per event, however often the event is delivered, and never
 * change afterwards: the database refuses it.
 */
class OcdsPublicationTests extends OpenDataWebTest {

	@Autowired
	OcdsPublication publication;

	@Autowired
	ChallengeDirectory challenges;

	@Autowired
	OcdsReleases releases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publishesOneReleasePerEventEvenWhenItIsDeliveredAgain() {
		var cast = scenarios.cast();
		var made = scenarios.publish(cast, scenarios.draft(cast, "Delivered twice", "72000000-5"));
		var source = jdbc.sql("SELECT source_event FROM ocds_release WHERE ocid = ?")
			.param(scenarios.ocid(made))
			.query(UUID.class)
			.single();

		var published = json.readValue(jdbc.sql("SELECT release_json FROM ocds_release WHERE ocid = ?")
			.param(scenarios.ocid(made))
			.query(String.class)
			.single(), Ocds.Release.class);
		assertThat(releases.add(published, source, null)).isEmpty();

		// The listener runs asynchronously, as it does when the registry delivers an
		// event again.
		publication.on(published(made, source));
		publication.on(published(made, source));
		publication.on(published(made, UUID.randomUUID()));
		await().atMost(Duration.ofSeconds(20)).until(() -> scenarios.releases(made) == 2);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> scenarios.releases(made) == 2);
		assertThat(json("/api/ocds/records/" + scenarios.ocid(made)).at("/records/0/releases").values())
			.extracting(release -> release.path("id").asString())
			.containsExactly(scenarios.ocid(made) + "-01", scenarios.ocid(made) + "-02");
	}

	@Test
	void refusesToChangeOrRemoveAPublishedRelease() {
		var cast = scenarios.cast();
		var made = scenarios.publish(cast, scenarios.draft(cast, "Carved in stone", "72000000-5"));
		var ocid = scenarios.ocid(made);

		assertThatThrownBy(
				() -> jdbc.sql("UPDATE ocds_release SET release_json = '{}' WHERE ocid = ?").param(ocid).update())
			.isInstanceOfSatisfying(DataAccessException.class, refused -> assertThat(refused.getMostSpecificCause())
				.hasMessageContaining("OCDS releases are immutable"));
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM ocds_release WHERE ocid = ?").param(ocid).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE ocds_release CASCADE").update())
			.isInstanceOf(DataAccessException.class);
		assertThat(scenarios.releases(made)).isEqualTo(1);
	}

	private ChallengePublished published(OpenDataScenarios.Made made, UUID auditRecordId) {
		var challenge = challenges.challenge(made.id()).orElseThrow();
		var record = new AuditRecord(auditRecordId, challenge.publishedAt(), Actor.SYSTEM, "challenge.published",
				"challenge", made.id().toString(), Map.of());
		return new ChallengePublished(made.id(), made.reference(), challenge.title(), challenge.agency(),
				challenge.questionsDeadline(), challenge.proposalsDeadline(), challenge.timeZone(),
				challenge.budgetCap(), challenge.cpvCodes(), Language.ENGLISH, record);
	}

}
