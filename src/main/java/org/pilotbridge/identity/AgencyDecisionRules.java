package org.pilotbridge.identity;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores each agency's {@link DecisionRules}; an agency without a row has the defaults.
 */
@Repository
class AgencyDecisionRules {

	private final JdbcClient jdbc;

	AgencyDecisionRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DecisionRules of(OrganisationId agency) {
		return jdbc.sql("SELECT * FROM agency_decision_rules WHERE organisation_id = ?")
			.param(agency.id())
			.query((rs, row) -> new DecisionRules(rs.getBoolean("award_needs_approval"),
					rs.getBoolean("publication_needs_approval"), rs.getInt("default_standstill_days")))
			.optional()
			.orElse(DecisionRules.DEFAULT);
	}

	void save(OrganisationId agency, DecisionRules rules, PersonId by, Instant now) {
		jdbc.sql("""
				INSERT INTO agency_decision_rules (organisation_id, award_needs_approval, publication_needs_approval,
				    default_standstill_days, changed_by, changed_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (organisation_id) DO UPDATE SET award_needs_approval = excluded.award_needs_approval,
				    publication_needs_approval = excluded.publication_needs_approval,
				    default_standstill_days = excluded.default_standstill_days,
				    changed_by = excluded.changed_by, changed_at = excluded.changed_at
				""")
			.params(agency.id(), rules.awardNeedsApproval(), rules.publicationNeedsApproval(),
					rules.defaultStandstillDays(), by.id(), Timestamp.from(now))
			.update();
	}

}
