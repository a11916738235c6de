package org.pilotbridge.proposal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationKind;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonId;

/**
 * Who may see and do what with a proposal: the company's own members may do everything, at any
 * time. To anyone else the proposal does not exist.
 */
@Component
class ProposalAccess {

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	ProposalAccess(CurrentPerson current, OrganisationDirectory directory, OrganisationQuery organisations) {
		this.current = current;
		this.directory = directory;
		this.organisations = organisations;
	}

	boolean isMember(Proposal proposal) {
		return current.id().filter(person -> directory.isMember(person, proposal.company())).isPresent();
	}

	/**
	 * The current person, who must belong to the bidding company.
	 *
	 * @throws ProposalNotFound otherwise, so that nobody else learns that the proposal exists
	 */
	PersonId requireMember(Proposal proposal) {
		var person = current.required();
		if (!directory.isMember(person, proposal.company())) {
			throw new ProposalNotFound(proposal.id());
		}
		return person;
	}

	/**
	 * The current person and the company they act for: their active organisation if it is a company
	 * they belong to, otherwise their first company.
	 *
	 * @throws AccessDeniedException when they belong to no company
	 */
	CompanyMember requireCompanyMember() {
		var person = current.required();
		var companies = organisations.mine().stream().filter(o -> o.kind() == OrganisationKind.COMPANY).toList();
		var active = current.activeOrganisation();
		var company = companies.stream()
			.filter(o -> active.isPresent() && o.id().equals(active.get()))
			.findFirst()
			.or(() -> companies.stream().findFirst())
			.orElseThrow(() -> new AccessDeniedException("Only members of a company have proposals"));
		return new CompanyMember(person, company.id(), company.name());
	}

	record CompanyMember(PersonId person, OrganisationId company, String companyName) {
	}

}
