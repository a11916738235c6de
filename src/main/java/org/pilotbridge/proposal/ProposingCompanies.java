package org.pilotbridge.proposal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.pilotbridge.challenge.ChallengeId;
import org.pilotbridge.identity.OrganisationId;

/**
 * Which companies take part in a challenge, for the modules that must keep them apart
 * from its evaluation. It checks no rights and answers only about the organisations it is
 * asked about, so that nobody can list who bids before the deadline through it; callers
 * must not show its answer to anyone but the people concerned.
 */
@Service
@Transactional(readOnly = true)
public class ProposingCompanies {

	private final JdbcClient jdbc;

	ProposingCompanies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Those of the organisations that have started a proposal for the challenge, whatever
	 * became of it: a draft, a submission, a withdrawal.
	 */
	public List<OrganisationId> among(ChallengeId challenge, Collection<OrganisationId> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					SELECT DISTINCT company_id FROM proposal WHERE challenge_id = :challenge AND company_id IN (:organisations)
					ORDER BY company_id
					""")
			.param("challenge", challenge.id())
			.param("organisations", organisations.stream().map(OrganisationId::id).toList())
			.query((rs, row) -> new OrganisationId(rs.getObject(1, UUID.class)))
			.list();
	}

}
