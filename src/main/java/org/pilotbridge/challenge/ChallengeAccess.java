package org.pilotbridge.challenge;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.MembershipRole;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonId;

/**
 * Who may do what with a challenge: its managers are the challenge managers of the owning
 * agency; companies are the organisations that ask, follow and propose.
 */
@Component
class ChallengeAccess {

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	ChallengeAccess(CurrentPerson current, OrganisationDirectory directory, OrganisationQuery organisations) {
		this.current = current;
		this.directory = directory;
		this.organisations = organisations;
	}

	/** The current person, who must be a challenge manager of the agency. */
	PersonId requireManager(OrganisationId agency) {
		var person = current.required();
		if (!directory.hasRole(person, agency, MembershipRole.CHALLENGE_MANAGER)) {
			throw new AccessDeniedException("Only the challenge managers of the agency may do this");
		}
		return person;
	}

	PersonId requireManager(Challenge challenge) {
		return requireManager(challenge.agency());
	}

	boolean isManager(Challenge challenge) {
		return current.id()
			.filter(person -> directory.hasRole(person, challenge.agency(), MembershipRole.CHALLENGE_MANAGER))
			.isPresent();
	}

	/**
	 * The current person and the company they act for: their active organisation if it is
	 * a company they belong to, otherwise their first company.
	 */
	CompanyMember requireCompanyMember() {
		var person = current.required();
		var company = organisations.activeCompany()
			.orElseThrow(() -> new AccessDeniedException("Only members of a company may do this"));
		return new CompanyMember(person, company.id());
	}

	record CompanyMember(PersonId person, OrganisationId company) {
	}

}
