package org.pilotbridge.demo;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.pilotbridge.identity.AccountProvisioning;
import org.pilotbridge.identity.RunAs;
import org.pilotbridge.shared.EventBacklog;
import org.pilotbridge.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volume data set at a tiny scale (a thousandth): generated through the services on
 * start, it holds what the plan says, in every state and language, with nothing left
 * half-done.
 */
@SpringBootTest(properties = { "pilotbridge.volume.enabled=true", "pilotbridge.volume.scale=0.001",
		"pilotbridge.volume.workers=2" })
class VolumeDataTests {

	private static final VolumePlan PLAN = VolumePlan.of(0.001, 42);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventBacklog events;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	RunAs runAs;

	@Test
	void createsTheOrganisationsOfThePlanVerifiedAndWithTheirPeople() {
		assertThat(count("SELECT count(*) FROM organisation WHERE kind = 'AGENCY' AND verification_state = 'VERIFIED'"))
			.isEqualTo(PLAN.agencies());
		assertThat(
				count("SELECT count(*) FROM organisation WHERE kind = 'COMPANY' AND verification_state = 'VERIFIED'"))
			.isEqualTo(PLAN.companies());
		assertThat(runAs.system(() -> accounts.findByEmail(VolumeData.ADMIN_EMAIL))).isPresent();
		assertThat(runAs.system(() -> accounts.findByEmail("evaluator-1@agency-000.volume.example"))).isPresent();
	}

	@Test
	void leavesChallengesInEveryStateOfTheirLife() {
		var states = jdbc.sql("SELECT state, count(*) AS n FROM challenge GROUP BY state")
			.query((rs, row) -> Map.entry(rs.getString("state"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(states).containsOnlyKeys("DRAFT", "PUBLISHED", "WITHDRAWN", "CLOSED", "UNDER_EVALUATION", "AWARDED",
				"NO_AWARD");
		assertThat(states.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(PLAN.challenges().size());
		assertThat(count("SELECT count(*) FROM challenge WHERE state = 'PUBLISHED' AND proposals_deadline > now()"))
			.as("published challenges are open")
			.isEqualTo(states.get("PUBLISHED"));
		assertThat(count("SELECT count(*) FROM challenge_award_notice")).as("one notice per decision")
			.isEqualTo(states.get("AWARDED") + states.get("NO_AWARD"));
	}

	@Test
	void writesChallengesInTheFourLanguagesFoundByTheSearchOfEach() {
		var firstLanguages = jdbc.sql("SELECT DISTINCT languages[1] FROM challenge").query(String.class).list();
		assertThat(firstLanguages).containsExactlyInAnyOrder("en", "fr", "nl", "de");
		for (var language : Language.values()) {
			var openings = VolumeTexts.TOPICS.stream()
				.map(topic -> topic.title().in(language))
				.map(title -> title.substring(0, title.indexOf("{place}")))
				.toList();
			var titles = jdbc.sql("SELECT title FROM challenge WHERE languages[1] = ?")
				.param(language.code())
				.query(String.class)
				.list();
			assertThat(titles).as("titles in %s", language)
				.isNotEmpty()
				.allMatch(title -> openings.stream().anyMatch(title::startsWith));
		}
	}

	@Test
	void submitsEveryPlannedProposalWithItsPdfAndReceipt() {
		assertThat(count("SELECT count(*) FROM proposal")).isEqualTo(PLAN.proposals());
		assertThat(count("SELECT count(*) FROM proposal p WHERE NOT EXISTS "
				+ "(SELECT 1 FROM proposal_attachment a WHERE a.proposal_id = p.id AND a.content IS NOT NULL)"))
			.as("proposals without an attachment")
			.isZero();
		assertThat(count(
				"SELECT count(*) FROM proposal_attachment WHERE substring(content from 1 for 5) <> '%PDF-'::bytea"))
			.as("attachments that are not PDFs")
			.isZero();
		var versions = count("SELECT count(*) FROM proposal_version");
		assertThat(versions).isPositive();
		assertThat(count("SELECT count(*) FROM proposal_receipt")).as("one receipt per version").isEqualTo(versions);
		assertThat(count("SELECT count(*) FROM proposal WHERE state = 'DRAFT'")).as("some still being written")
			.isPositive();
	}

	@Test
	void evaluatesAndDecidesTheClosedChallenges() {
		var decided = count("SELECT count(*) FROM challenge WHERE state IN ('AWARDED', 'NO_AWARD')");
		assertThat(count("SELECT count(DISTINCT challenge_id) FROM evaluation_decision")).isEqualTo(decided);
		assertThat(count("SELECT count(*) FROM evaluation_score")).isPositive();
		assertThat(count("""
				SELECT count(*) FROM evaluation_bidder b JOIN challenge c ON c.id = b.challenge_id
				WHERE c.state IN ('AWARDED', 'NO_AWARD')
				  AND NOT EXISTS (SELECT 1 FROM evaluation_consensus k WHERE k.proposal_id = b.proposal_id)
				""")).as("decided bidders without consensus").isZero();
		assertThat(count("SELECT count(*) FROM evaluation_sheet")).isPositive();
	}

	@Test
	void leavesNoEventUnhandled() {
		assertThat(events.pending()).isZero();
		assertThat(events.failed()).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
