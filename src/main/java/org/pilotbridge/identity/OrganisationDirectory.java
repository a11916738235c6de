package org.pilotbridge.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups other modules need to decide who may do what and whom to tell: organisations,
 * roles, members and how to address a person.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final Organisations organisations;

	private final People people;

	private final JdbcClient jdbc;

	private final AgencyDecisionRules rules;

	OrganisationDirectory(Organisations organisations, People people, JdbcClient jdbc, AgencyDecisionRules rules) {
		this.organisations = organisations;
		this.people = people;
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/** Whether the person approves the decisions of the agency. */
	public boolean isAuthorisingOfficer(PersonId person, OrganisationId agency) {
		return organisations.findById(agency.id()).map(o -> o.isAuthorisingOfficer(person)).orElse(false);
	}

	/** The agency's authorising officers, in the order they joined it. */
	public List<PersonId> authorisingOfficers(OrganisationId agency) {
		return organisations.findById(agency.id())
			.map(o -> o.memberships()
				.stream()
				.filter(Organisation.Membership::authorisingOfficer)
				.map(m -> new PersonId(m.personId()))
				.toList())
			.orElse(List.of());
	}

	/** Which of the agency's decisions need approval; the defaults for any other. */
	public DecisionRules decisionRules(OrganisationId agency) {
		return rules.of(agency);
	}

	public Optional<OrganisationSummary> organisation(OrganisationId id) {
		return organisations.findById(id.id()).map(OrganisationSummary::of);
	}

	/**
	 * The names of the organisations, in one query, for lists that name many; unknown
	 * ones are left out.
	 */
	public Map<OrganisationId, String> names(Collection<OrganisationId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var names = new HashMap<OrganisationId, String>();
		jdbc.sql("SELECT id, name FROM organisation WHERE id = ANY(?)")
			.param(ids.stream().map(OrganisationId::id).distinct().toArray(UUID[]::new))
			.query(rs -> {
				names.put(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"));
			});
		return names;
	}

	public Optional<MembershipRole> roleOf(PersonId person, OrganisationId organisation) {
		return organisations.findById(organisation.id()).flatMap(o -> o.roleOf(person));
	}

	public boolean hasRole(PersonId person, OrganisationId organisation, MembershipRole... roles) {
		return roleOf(person, organisation).filter(role -> Arrays.asList(roles).contains(role)).isPresent();
	}

	public boolean isMember(PersonId person, OrganisationId organisation) {
		return roleOf(person, organisation).isPresent();
	}

	/** The members with one of the roles, all members when no role is given. */
	public List<PersonId> members(OrganisationId organisation, MembershipRole... roles) {
		var wanted = Arrays.asList(roles);
		return organisations.findById(organisation.id())
			.map(o -> o.memberships()
				.stream()
				.filter(m -> wanted.isEmpty() || wanted.contains(m.role()))
				.map(m -> new PersonId(m.personId()))
				.toList())
			.orElse(List.of());
	}

	/** The organisations the person belongs to, in any role. */
	public List<OrganisationId> organisationsOf(PersonId person) {
		return organisations.findByMember(person.id()).stream().map(Organisation::id).toList();
	}

	public Optional<PersonSummary> person(PersonId id) {
		return people.findById(id.id()).map(PersonSummary::of);
	}

}
