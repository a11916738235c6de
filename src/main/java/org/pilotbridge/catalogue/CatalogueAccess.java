package org.pilotbridge.catalogue;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.pilotbridge.identity.CurrentPerson;
import org.pilotbridge.identity.OrganisationDirectory;
import org.pilotbridge.identity.OrganisationId;
import org.pilotbridge.identity.OrganisationQuery;
import org.pilotbridge.identity.PersonId;
import org.pilotbridge.shared.InvalidInput;

/**
 * Who may do what in the catalogue: the members of a company write its solutions, as long
 * as a platform administrator has not refused the company; platform administrators screen
 * solutions.
 */
@Component
class CatalogueAccess {

	private final CurrentPerson current;

	private final OrganisationDirectory directory;

	private final OrganisationQuery organisations;

	CatalogueAccess(CurrentPerson current, OrganisationDirectory directory, OrganisationQuery organisations) {
		this.current = current;
		this.directory = directory;
		this.organisations = organisations;
	}

	/**
	 * The current person, who must be a member of the company.
	 * @throws AccessDeniedException when they are not, or it is not a company
	 * @throws InvalidInput when a platform administrator refused to verify the company
	 */
	PersonId requireCompanyMember(OrganisationId company) {
		return organisations.requireCompanyMember(company, "catalogue.company.rejected");
	}

	boolean isCompanyMember(OrganisationId company) {
		return current.id().filter(person -> directory.isMember(person, company)).isPresent();
	}

	boolean isPlatformAdmin() {
		return current.isPlatformAdmin();
	}

	/**
	 * The company the current person acts for: their active organisation if it is a
	 * company they belong to, otherwise their first company.
	 */
	Optional<OrganisationId> activeCompany() {
		return activeCompanyMembership().map(OrganisationQuery.MyOrganisation::id);
	}

	/**
	 * As {@link #activeCompany()}, with the company's name and the person's role in it.
	 */
	Optional<OrganisationQuery.MyOrganisation> activeCompanyMembership() {
		if (current.id().isEmpty()) {
			return Optional.empty();
		}
		return organisations.activeCompany();
	}

	OrganisationId requireActiveCompany() {
		return activeCompany().orElseThrow(() -> new AccessDeniedException("Only members of a company may do this"));
	}

}
